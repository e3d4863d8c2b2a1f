package io.fkguard.processor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.catalog.PgColumn;
import io.fkguard.processor.catalog.PgTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot keeps the catalog as migrations built it, columns in their table's order. */
class SnapshotTest {
  private static Catalog review() {
    Catalog catalog = Catalog.empty();
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("review_rating_check", "rating between 1 and 5");
    checks.put("review_a_check", "author_id > 0");
    catalog.tables().put("review", new PgTable("review", List.of(
        new PgColumn("id", "bigint", false, null),
        new PgColumn("product_id", "bigint", false, null),
        new PgColumn("author_id", "bigint", true, null),
        new PgColumn("rating", "integer", false, null)), "review_pkey", List.of("id"), checks));
    return catalog;
  }

  @Test
  void formatThreeKeepsColumnsAndChecksInTheirTablesOrder() {
    String text = Snapshot.write(review());
    assertTrue(text.startsWith("# fkguard snapshot 3:"), text);
    Catalog read = Snapshot.read(text).catalog();
    assertEquals(List.of("id", "product_id", "author_id", "rating"),
        read.tables().get("review").columns().stream().map(PgColumn::name).toList());
    assertEquals(List.of("review_rating_check", "review_a_check"),
        List.copyOf(read.tables().get("review").checks().keySet()));
    assertEquals(text, Snapshot.write(read));
  }

  /** Format 1 listed columns by name; it is still read, and the next write is format 3. */
  @Test
  void formatOneIsReadAsItListsTheColumns() {
    String v1 = "# fkguard snapshot 1: the schema the migrations in this directory produce. Generated with them; do not edit.\n"
        + "table\treview\treview_pkey\tid\n"
        + "column\treview\tauthor_id\tbigint\tnull\t-\n"
        + "column\treview\tid\tbigint\tnot null\t-\n";
    Catalog read = Snapshot.read(v1).catalog();
    assertEquals(List.of("author_id", "id"),
        read.tables().get("review").columns().stream().map(PgColumn::name).toList());
    assertTrue(Snapshot.write(read).startsWith("# fkguard snapshot 3:"));
  }

  @Test
  void aLineFkguardDidNotWriteIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Snapshot.read("# fkguard snapshot 2\ntable\treview\treview_pkey\tid\ncolumn\treview\n"));
    assertEquals("line 3 is not a snapshot line fkguard wrote: column\treview", e.getMessage());
  }
}
