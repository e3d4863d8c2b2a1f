package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
  private final DuplicateIndex rule = new DuplicateIndex();

  private static Index partial(String name, String where, String... cols) {
    return new Index(name, List.of(cols), false, where, Index.Source.INDEX, member("t", null));
  }

  private List<Finding> check(Table... tables) {
    return rule.check(schema(tables));
  }

  private static Index index(Table table, String name) {
    return table.index(name).orElseThrow();
  }

  @Test
  void cleanSchemaGivesNothing() {
    Table t = table("product").pk("id")
        .unique("product_category_id_sort_order_key", "category_id", "sort_order")
        .index("product_sort_order_category_id_idx", "sort_order", "category_id")
        .index("product_category_id_idx", "category_id")
        .build();
    Table other = table("other").pk("id").index("o_idx", "category_id").build();
    assertEquals(List.of(), check(t, other));
  }

  @Test
  void nonUniqueIsRemovedEvenWhenDeclaredFirst() {
    Table t = table("product").pk("id")
        .index("product_cat_sort_idx", "category_id", "sort_order")
        .unique("product_category_id_sort_order_key", "category_id", "sort_order")
        .build();
    List<Finding> findings = check(t);
    assertEquals(1, findings.size());
    Index removed = index(t, "product_cat_sort_idx");
    assertEquals(DuplicateIndex.message(t, removed, index(t, "product_category_id_sort_order_key")),
        findings.get(0).message());
    assertSame(removed.origin(), findings.get(0).origin());
    assertEquals("Table product has two indexes on (category_id, sort_order): product_cat_sort_idx"
        + " duplicates product_category_id_sort_order_key. Remove product_cat_sort_idx (delete the"
        + " @Index(name = \"product_cat_sort_idx\") from the table's indexes);"
        + " product_category_id_sort_order_key keeps serving the same lookups, and PostgreSQL no"
        + " longer maintains a second copy on every write.", findings.get(0).message());
  }

  @Test
  void bothNonUniqueRemovesTheLaterOne() {
    Table t = table("product").pk("id").index("a_idx", "x").index("b_idx", "x").build();
    assertEquals(List.of(DuplicateIndex.message(t, index(t, "b_idx"), index(t, "a_idx"))),
        Fixtures.messages(check(t)));
  }

  @Test
  void bothUniqueRemovesTheLaterOne() {
    Table t = table("product").pk("id").unique("a_key", "x").uniqueIndex("b_uidx", "x").build();
    assertEquals(List.of(DuplicateIndex.message(t, index(t, "b_uidx"), index(t, "a_key"))),
        Fixtures.messages(check(t)));
  }

  @Test
  void primaryKeyIsNeverTheOneToRemove() {
    Table t = table("product").pk("id").unique("product_id_key", "id").build();
    List<Finding> findings = check(t);
    assertEquals(List.of(DuplicateIndex.message(t, index(t, "product_id_key"),
        index(t, "product_pkey"))), Fixtures.messages(findings));
    assertEquals("Table product has two indexes on (id): product_id_key duplicates product_pkey."
        + " Remove product_id_key (delete the @UniqueConstraint(name = \"product_id_key\") from"
        + " the table's uniqueConstraints); product_pkey keeps serving the same lookups, and"
        + " PostgreSQL no longer maintains a second copy on every write.",
        findings.get(0).message());
  }

  @Test
  void primaryKeyIsKeptEvenWhenListedAfterTheDuplicate() {
    Index unique = new Index("u_key", List.of("id"), true, null, Index.Source.UNIQUE_CONSTRAINT,
        member("t", null));
    Index pk = new Index("t_pkey", List.of("id"), true, null, Index.Source.PRIMARY_KEY,
        Origin.ofType("app.T"));
    Table t = new Table(null, "t", Table.Kind.ENTITY, List.of(), List.of("id"),
        List.of(unique, pk), List.of(), Origin.ofType("app.T"));
    assertEquals(List.of(DuplicateIndex.message(t, unique, pk)), Fixtures.messages(check(t)));
  }

  @Test
  void threeIdenticalIndexesGiveTwoFindingsAgainstTheKeeper() {
    Table t = table("t").pk("id").index("a_idx", "x", "y").index("b_idx", "x", "y")
        .index("c_idx", "x", "y").build();
    assertEquals(List.of(
        DuplicateIndex.message(t, index(t, "b_idx"), index(t, "a_idx")),
        DuplicateIndex.message(t, index(t, "c_idx"), index(t, "a_idx"))),
        Fixtures.messages(check(t)));
  }

  @Test
  void threeWayWithOneUniqueKeepsTheUnique() {
    Table t = table("t").pk("id").index("a_idx", "x").unique("b_key", "x").index("c_idx", "x")
        .build();
    assertEquals(List.of(
        DuplicateIndex.message(t, index(t, "a_idx"), index(t, "b_key")),
        DuplicateIndex.message(t, index(t, "c_idx"), index(t, "b_key"))),
        Fixtures.messages(check(t)));
  }

  @Test
  void columnOrderMatters() {
    Table t = table("t").pk("id").index("a_idx", "x", "y").index("b_idx", "y", "x").build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void partialIndexesWithPredicatesDifferingOnlyInCaseAndSpaceAreDuplicates() {
    Table t = table("t").pk("id")
        .add(partial("a_idx", "x_id IS NOT NULL", "x_id"))
        .add(partial("b_idx", "  x_id   is not\tNULL ", "x_id"))
        .build();
    assertEquals(List.of(DuplicateIndex.message(t, index(t, "b_idx"), index(t, "a_idx"))),
        Fixtures.messages(check(t)));
    assertEquals("Table t has two indexes on (x_id) WHERE   x_id   is not\tNULL : b_idx duplicates"
        + " a_idx. Remove b_idx (delete the @Index(name = \"b_idx\") from the table's indexes);"
        + " a_idx keeps serving the same lookups, and PostgreSQL no longer maintains a second copy"
        + " on every write.", check(t).get(0).message());
  }

  @Test
  void partialAndFullOrDifferentPredicatesAreNotDuplicates() {
    Table t = table("t").pk("id")
        .index("full_idx", "x_id")
        .add(partial("a_idx", "x_id IS NOT NULL", "x_id"))
        .add(partial("b_idx", "x_id > 0", "x_id"))
        .add(partial("c_idx", "status = 'A'", "x_id"))
        .add(partial("d_idx", "status = 'a'", "x_id"))
        .build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void decisionIndexDuplicatingNamedUniqueSuggestsCoveredByUnique() {
    Table t = table("product").pk("id")
        .unique("product_owner_key", "owner_id")
        .manyToOne("owner", "users", false, indexedBy("product_owner_idx"))
        .build();
    Index decision = index(t, "product_owner_idx");
    List<Finding> findings = check(t);
    assertEquals(List.of(DuplicateIndex.message(t, decision, index(t, "product_owner_key"))),
        Fixtures.messages(findings));
    assertSame(decision.origin(), findings.get(0).origin());
    assertEquals("Table product has two indexes on (owner_id): product_owner_idx duplicates"
        + " product_owner_key. Remove product_owner_idx (replace"
        + " @IndexedBy(\"product_owner_idx\") on Product.owner with"
        + " @CoveredByUnique(\"product_owner_key\")); product_owner_key keeps serving the same"
        + " lookups, and PostgreSQL no longer maintains a second copy on every write.",
        findings.get(0).message());
  }

  @Test
  void decisionIndexDuplicatingNamedIndexSuggestsIndexedByThatIndex() {
    Table t = table("product").pk("id")
        .index("product_owner_id_idx", "owner_id")
        .manyToOne("owner", "users", false, indexedBy("product_owner_idx"))
        .build();
    String message = check(t).get(0).message();
    assertEquals(DuplicateIndex.message(t, index(t, "product_owner_idx"),
        index(t, "product_owner_id_idx")), message);
    assertEquals(true, message.contains("(replace @IndexedBy(\"product_owner_idx\") on"
        + " Product.owner with @IndexedBy(\"product_owner_id_idx\"))"), message);
  }

  @Test
  void partialDecisionDuplicatingDeclaredPartialIndex() {
    Table t = table("product").pk("id")
        .add(new Index("declared_idx", List.of("editor_id"), false, "editor_id is not null",
            Index.Source.INDEX, member("product", null)))
        .manyToOne("editor", "users", true, partialIndex("product_editor_part_idx", null))
        .build();
    String message = check(t).get(0).message();
    assertEquals(true, message.contains("(replace @PartialIndex(\"product_editor_part_idx\") on"
        + " Product.editor with @IndexedBy(\"declared_idx\"))"), message);
  }

  @Test
  void decisionDuplicatingThePrimaryKeyCannotBeRepointed() {
    Table t = table("child").pk("parent_id")
        .manyToOne("parent", "parent", false, indexedBy("child_parent_idx"))
        .build();
    assertEquals(true, check(t).get(0).message().contains("(change @IndexedBy(\"child_parent_idx\")"
        + " on Child.parent so that it creates no index of its own)"));
  }

  @Test
  void implicitUniqueKeysAreComparedToo() {
    Index columnUnique = new Index(null, List.of("sku"), true, null, Index.Source.COLUMN_UNIQUE,
        member("product", "sku"));
    Table t = table("product").pk("id").unique("product_sku_key", "sku").add(columnUnique).build();
    List<Finding> findings = check(t);
    assertEquals(List.of(DuplicateIndex.message(t, columnUnique, index(t, "product_sku_key"))),
        Fixtures.messages(findings));
    assertEquals("Table product has two indexes on (sku): the unnamed unique constraint on (sku)"
        + " duplicates product_sku_key. Remove the unnamed unique constraint on (sku) (drop"
        + " unique = true from the @Column on Product.sku); product_sku_key keeps serving the same"
        + " lookups, and PostgreSQL no longer maintains a second copy on every write.",
        findings.get(0).message());
  }

  @Test
  void oneEntryListedTwiceIsNotADuplicate() {
    Index same = new Index("t_x_idx", List.of("x"), false, null, Index.Source.INDEX,
        member("t", null));
    Table t = table("t").pk("id").add(same).add(same).build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void findingsFollowSchemaOrder() {
    Table b = table("b").pk("id").index("b1", "x").index("b2", "x").build();
    Table a = table("a").pk("id").index("a1", "x").index("a2", "x").build();
    assertEquals(List.of(DuplicateIndex.message(a, index(a, "a2"), index(a, "a1")),
        DuplicateIndex.message(b, index(b, "b2"), index(b, "b1"))),
        Fixtures.messages(check(b, a)));
  }
}
