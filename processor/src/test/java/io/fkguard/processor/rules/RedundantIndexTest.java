package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundantIndexTest {
  private final RedundantIndex rule = new RedundantIndex();

  private List<Finding> check(Table... tables) {
    return rule.check(schema(tables));
  }

  private static Index index(Table table, String name) {
    return table.index(name).orElseThrow();
  }

  private static Index partial(String name, String where, String... cols) {
    return new Index(name, List.of(cols), false, where, Index.Source.INDEX, member("t", null));
  }

  @Test
  void cleanSchemaGivesNothing() {
    Table t = table("product").pk("id")
        .unique("product_category_id_sort_order_key", "category_id", "sort_order")
        .index("product_sort_order_idx", "sort_order")
        .index("product_name_idx", "name")
        .build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void djangoSeedForeignKeyIndexInsideUniqueConstraintSuggestsCoveredByUnique() {
    Table t = table("product").pk("id")
        .unique("product_category_id_sort_order_key", "category_id", "sort_order")
        .manyToOne("category", "category", false, indexedBy("product_category_id_idx"))
        .build();
    List<Finding> findings = check(t);
    Index redundant = index(t, "product_category_id_idx");
    assertEquals(List.of(RedundantIndex.message(t, redundant,
        index(t, "product_category_id_sort_order_key"))), Fixtures.messages(findings));
    assertSame(redundant.origin(), findings.get(0).origin());
    assertEquals("On table product, product_category_id_idx (category_id) is redundant:"
        + " product_category_id_sort_order_key (category_id, sort_order) starts with the same"
        + " columns under the same predicate, so it serves the same lookups while PostgreSQL"
        + " maintains one index less on every write. Drop product_category_id_idx: replace"
        + " @IndexedBy(\"product_category_id_idx\") on Product.category with"
        + " @CoveredByUnique(\"product_category_id_sort_order_key\").", findings.get(0).message());
  }

  @Test
  void decisionCoveredByNamedIndexSuggestsIndexedBy() {
    Table t = table("product").pk("id")
        .index("product_owner_created_idx", "owner_id", "created_at")
        .manyToOne("owner", "users", false, indexedBy("product_owner_idx"))
        .build();
    String message = check(t).get(0).message();
    assertTrue(message.endsWith("Drop product_owner_idx: replace @IndexedBy(\"product_owner_idx\")"
        + " on Product.owner with @IndexedBy(\"product_owner_created_idx\")."), message);
  }

  @Test
  void declaredIndexIsToBeDeleted() {
    Table t = table("t").pk("id").index("t_a_idx", "a").index("t_a_b_idx", "a", "b").build();
    List<Finding> findings = check(t);
    assertEquals(List.of(RedundantIndex.message(t, index(t, "t_a_idx"), index(t, "t_a_b_idx"))),
        Fixtures.messages(findings));
    assertTrue(findings.get(0).message().endsWith("Drop t_a_idx: delete the @Index(name ="
        + " \"t_a_idx\") from the table's indexes."), findings.get(0).message());
  }

  @Test
  void uniqueIndexesAndThePrimaryKeyAreNeverRedundant() {
    Table t = table("t").pk("id")
        .unique("t_a_key", "a")
        .uniqueIndex("t_b_uidx", "b")
        .index("t_a_b_idx", "a", "b")
        .index("t_b_c_idx", "b", "c")
        .index("t_id_a_idx", "id", "a")
        .build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void prefixOfCompositePrimaryKeyIsRedundant() {
    Table t = table("t").pk("a_id", "b_id").index("t_a_idx", "a_id").build();
    assertEquals(List.of(RedundantIndex.message(t, index(t, "t_a_idx"), index(t, "t_pkey"))),
        Fixtures.messages(check(t)));
  }

  @Test
  void exactDuplicatesAreLeftToDuplicateIndex() {
    Table t = table("t").pk("id").index("x_idx", "a").index("y_idx", "a").build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void onlyLeadingPrefixesCount() {
    Table t = table("t").pk("id").index("t_b_idx", "b").index("t_a_b_idx", "a", "b").build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void partialIndexesNeedTheSameNormalizedPredicate() {
    Table same = table("t").pk("id")
        .add(partial("t_a_part_idx", "a IS NOT NULL", "a"))
        .add(partial("t_a_b_part_idx", " a  is NOT null", "a", "b"))
        .build();
    assertEquals(List.of(RedundantIndex.message(same, index(same, "t_a_part_idx"),
        index(same, "t_a_b_part_idx"))), Fixtures.messages(check(same)));
    assertTrue(check(same).get(0).message().startsWith("On table t, t_a_part_idx (a) WHERE a IS"
        + " NOT NULL is redundant"));

    Table partialUnderFull = table("t").pk("id")
        .add(partial("t_a_part_idx", "a IS NOT NULL", "a")).index("t_a_b_idx", "a", "b").build();
    Table fullUnderPartial = table("u").pk("id")
        .index("t_a_idx", "a").add(partial("t_a_b_part_idx", "a IS NOT NULL", "a", "b")).build();
    Table differentPredicates = table("v").pk("id")
        .add(partial("p1", "a > 0", "a")).add(partial("p2", "a > 1", "a", "b")).build();
    assertEquals(List.of(), check(partialUnderFull, fullUnderPartial, differentPredicates));
  }

  @Test
  void partialDecisionUnderPartialDeclaredIndexWithDefaultPredicate() {
    Table t = table("product").pk("id")
        .add(new Index("product_editor_part_idx", List.of("editor_id", "created_at"), false,
            "editor_id IS NOT NULL", Index.Source.INDEX, member("product", null)))
        .manyToOne("editor", "users", true, partialIndex("product_editor_idx", null))
        .build();
    String message = check(t).get(0).message();
    assertTrue(message.endsWith("replace @PartialIndex(\"product_editor_idx\") on Product.editor"
        + " with @IndexedBy(\"product_editor_part_idx\")."), message);
  }

  @Test
  void firstCoveringIndexInTableOrderIsNamedAndEachRedundantIndexReportedOnce() {
    Table t = table("t").pk("id")
        .index("t_a_idx", "a")
        .index("t_a_b_c_idx", "a", "b", "c")
        .index("t_a_b_idx", "a", "b")
        .index("t_a_b_d_idx", "a", "b", "d")
        .build();
    assertEquals(List.of(
        RedundantIndex.message(t, index(t, "t_a_idx"), index(t, "t_a_b_c_idx")),
        RedundantIndex.message(t, index(t, "t_a_b_idx"), index(t, "t_a_b_c_idx"))),
        Fixtures.messages(check(t)));
  }

  @Test
  void unnamedIndexIsDescribed() {
    Index unnamed = new Index(null, List.of("a"), false, null, Index.Source.INDEX,
        member("t", null));
    Table t = table("t").pk("id").add(unnamed).unique("t_a_b_key", "a", "b").build();
    assertEquals("On table t, the unnamed index on (a) is redundant: t_a_b_key (a, b) starts with"
        + " the same columns under the same predicate, so it serves the same lookups while"
        + " PostgreSQL maintains one index less on every write. Drop the unnamed index on (a):"
        + " delete the @Index from the table's indexes.", check(t).get(0).message());
  }
}
