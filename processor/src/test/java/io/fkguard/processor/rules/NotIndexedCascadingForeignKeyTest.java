package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.notIndexed;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotIndexedCascadingForeignKeyTest {
  private final Rule rule = new NotIndexedCascadingForeignKey();

  @Test
  void aCascadingKeyWithoutAnIndexIsAWarningThatSuggestsOne() {
    Table comment = table("comment").pk("id")
        .manyToOne("post", "post", false, notIndexed("small table"))
        .onDelete(ForeignKey.OnDelete.CASCADE).build();
    assertEquals(List.of("Foreign key comment (post_id) -> post on Comment.post is @NotIndexed, but"
        + " its ON DELETE CASCADE makes every delete from post find and write the referencing rows"
        + " of comment: without an index each delete scans the whole table while it holds its"
        + " locks. Write @IndexedBy(\"comment_post_id_idx\") instead, unless rows of post are really"
        + " never deleted (then say so and suppress this warning)."),
        Fixtures.messages(rule.check(schema(comment))));
  }

  @Test
  void aNullableKeyThatIsSetNullGetsAPartialIndexSuggested() {
    Table comment = table("comment").pk("id")
        .manyToOne("post", "post", true, notIndexed("small table"))
        .onDelete(ForeignKey.OnDelete.SET_NULL).build();
    String message = rule.check(schema(comment)).get(0).message();
    assertEquals(true, message.contains("ON DELETE SET NULL"), message);
    assertEquals(true, message.contains("Write @PartialIndex(name = \"comment_post_id_idx\")"), message);
  }

  @Test
  void restrictNoActionAndIndexedKeysAreFine() {
    for (ForeignKey.OnDelete action : List.of(ForeignKey.OnDelete.NO_ACTION, ForeignKey.OnDelete.RESTRICT)) {
      Table comment = table("comment").pk("id")
          .manyToOne("post", "post", false, notIndexed("posts are never deleted"))
          .onDelete(action).build();
      assertEquals(List.of(), rule.check(schema(comment)), action.name());
    }
    Table indexed = table("comment").pk("id")
        .manyToOne("post", "post", false, indexedBy("comment_post_idx"))
        .onDelete(ForeignKey.OnDelete.CASCADE).build();
    assertEquals(List.of(), rule.check(schema(indexed)));
  }
}
