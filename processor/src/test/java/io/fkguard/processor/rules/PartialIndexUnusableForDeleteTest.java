package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.model.Coverage;
import io.fkguard.processor.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialIndexUnusableForDeleteTest {
  private final Rule rule = new PartialIndexUnusableForDelete();

  @Test
  void aSoftDeletePredicateIsAnErrorThatNamesTheDeleteCheckAndTheFix() {
    Table comment = table("comment").pk("id")
        .manyToOne("post", "post", true, partialIndex("comment_post_live_idx", "deleted_at is null"))
        .build();
    assertEquals(List.of("@PartialIndex(name = \"comment_post_live_idx\") on Comment.post creates an"
        + " index WHERE deleted_at is null, but the check PostgreSQL runs on every delete from post"
        + " (select 1 from comment where post_id = $1) implies only post_id IS NOT NULL, not that"
        + " predicate, so it cannot use the index and scans comment. Write"
        + " @PartialIndex(name = \"comment_post_live_idx\") without where (the default predicate"
        + " post_id IS NOT NULL), or @IndexedBy(\"comment_post_id_idx\") for the foreign key"
        + " (post_id) and keep the index WHERE deleted_at is null for the queries that need it,"
        + " apart from the decision."), Fixtures.messages(rule.check(schema(comment))));
  }

  @Test
  void theDefaultPredicateAndItsSpellingsServeTheKey() {
    for (String where : new String[] {null, "post_id IS NOT NULL", "(POST_ID  is not null)",
        "post_id is not null and post_id is not null"}) {
      Table comment = table("comment").pk("id")
          .manyToOne("post", "post", true, partialIndex("comment_post_idx", where)).build();
      assertEquals(List.of(), rule.check(schema(comment)), String.valueOf(where));
      assertTrue(Coverage.isCovered(comment, comment.foreignKeys().get(0)), String.valueOf(where));
    }
  }

  @Test
  void anExtraConditionBesideNotNullIsNotImplied() {
    assertFalse(Coverage.impliedByNotNull("post_id IS NOT NULL AND archived = false", List.of("post_id")));
    assertFalse(Coverage.impliedByNotNull("post_id IS NOT NULL OR archived", List.of("post_id")));
    assertFalse(Coverage.impliedByNotNull("other_id IS NOT NULL", List.of("post_id")));
    assertFalse(Coverage.impliedByNotNull("(post_id IS NOT NULL) AND (x)", List.of("post_id")));
    assertTrue(Coverage.impliedByNotNull("(a is not null) and (b IS NOT NULL)", List.of("a", "b")));
    assertTrue(Coverage.impliedByNotNull("a is not null", List.of("a", "b")));
  }

  @Test
  void aSoftDeleteIndexNamedByIndexedByDoesNotServeTheKeyEither() {
    Table comment = table("comment").pk("id")
        .manyToOne("post", "post", true, indexedBy("comment_post_idx")).build();
    assertTrue(Coverage.isCovered(comment, comment.foreignKeys().get(0)));
    assertFalse(Coverage.covers(new io.fkguard.processor.model.Index("comment_post_live_idx",
        List.of("post_id"), false, "deleted_at is null", io.fkguard.processor.model.Index.Source.INDEX,
        null), comment.foreignKeys().get(0)));
  }

  @Test
  void aRequiredKeyIsLeftToPartialIndexOnRequiredForeignKey() {
    Table comment = table("comment").pk("id")
        .manyToOne("post", "post", false, partialIndex("comment_post_live_idx", "deleted_at is null"))
        .build();
    assertEquals(List.of(), rule.check(schema(comment)));
  }
}
