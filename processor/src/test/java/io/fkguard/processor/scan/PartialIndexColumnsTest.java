package io.fkguard.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words of a {@code @PartialIndex(where)} predicate fkguard takes for column names. */
class PartialIndexColumnsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "parent_id IS NOT NULL|parent_id",
      "deleted_at is null and archived = false|deleted_at archived",
      "status in ('OPEN', 'deleted_at')|status",
      "lower(email) like '%@example.com'|email",
      "cast(code AS text) <> ''|code",
      "created_on::date > current_date - interval '30 days'|created_on",
      "t.kind = 1 and \"Mixed\" = 2|",
      "amount > 1e5 and 0x1F = flags|amount flags",
      "a is not distinct from b|a b",
      "x > 0; drop table y|",
      "x -- comment|",
      "name = 'unclosed|",
  })
  void columnWords(String where, String expected) {
    List<String> words = expected == null ? List.of() : List.of(expected.split(" "));
    assertEquals(words, PartialIndexColumns.columnWords(where));
  }
}
