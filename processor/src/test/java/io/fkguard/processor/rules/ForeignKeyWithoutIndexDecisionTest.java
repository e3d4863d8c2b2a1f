package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.coveredByUnique;
import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.notIndexed;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.model.Coverage;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.rules.Suggestions.Advice;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyWithoutIndexDecisionTest {
  private final Rule rule = new ForeignKeyWithoutIndexDecision();

  private static final Table CATEGORY = table("category").pk("id").build();

  private List<Finding> check(Table... tables) {
    return rule.check(schema(tables));
  }

  /** One finding on the FK attribute with exactly the message for that advice. */
  private void assertAdvice(Table table, int fkIndex, Advice advice) {
    ForeignKey fk = table.foreignKeys().get(fkIndex);
    List<Finding> findings = check(table, CATEGORY);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(ForeignKeyWithoutIndexDecision.message(table.qualifiedName(), fk, advice),
        findings.get(0).message());
    assertEquals(fk.origin(), findings.get(0).origin());
    assertEquals(ForeignKeyWithoutIndexDecision.INFO, findings.get(0).rule());
  }

  private static Advice create(String annotation) {
    return new Advice(null, annotation, null);
  }

  /** The join or collection table's origin is the attribute that maps it, not an entity. */
  private static Table mappedBy(Table t, Origin origin) {
    return new Table(t.schema(), t.name(), t.kind(), t.columns(), t.primaryKey(), t.indexes(),
        t.foreignKeys(), origin);
  }

  @Test
  void cleanSchemaHasNoFindings() {
    Table product = table("product").pk("id")
        .unique("product_category_sort_order_uk", "category_id", "category_sort_order")
        .manyToOne("category", "category", false,
            coveredByUnique("product_category_sort_order_uk"))
        .manyToOne("created_by", "app_user", false, indexedBy("product_created_by_idx"))
        .manyToOne("last_edited_by", "app_user", true,
            partialIndex("product_last_edited_idx", null))
        .manyToOne("owner", "app_user", false, notIndexed("tiny table, never deleted from"))
        .build();
    assertEquals(List.of(), check(product, CATEGORY, table("app_user").pk("id").build()));
  }

  @Test
  void requiredForeignKeyWithoutDecisionGetsIndexedByWithTheExactText() {
    Table product = table("product").pk("id").manyToOne("category", "category", false).build();
    List<Finding> findings = check(product, CATEGORY);
    assertEquals(List.of("Foreign key product (category_id) -> category on Product.category has no"
        + " index decision: it is not covered by any index (no full index of product starts with"
        + " (category_id)), so each delete from category scans product."
        + " Write @IndexedBy(\"product_category_id_idx\"), or @NotIndexed(reason = \"...\") if it"
        + " deliberately needs no index."), Fixtures.messages(findings));
    assertEquals(member("product", "category"), findings.get(0).origin());
  }

  @Test
  void nullableForeignKeyGetsPartialIndex() {
    Table product = table("product").pk("id").manyToOne("last_edited_by", "category", true).build();
    assertAdvice(product, 0, create("@PartialIndex(name = \"product_last_edited_by_id_idx\")"));
  }

  @Test
  void uniqueConstraintStartingWithTheColumnsGetsCoveredByUnique() {
    Table product = table("product").pk("id")
        .unique("product_category_sort_order_uk", "category_id", "category_sort_order")
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, new Advice("unique constraint product_category_sort_order_uk",
        "@CoveredByUnique(\"product_category_sort_order_uk\")", null));
    assertTrue(Coverage.isCovered(product, product.foreignKeys().get(0)));
  }

  @Test
  void uniqueConstraintWithTheColumnSecondDoesNotCover() {
    Table product = table("product").pk("id")
        .unique("product_sort_category_uk", "category_sort_order", "category_id")
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, create("@IndexedBy(\"product_category_id_idx\")"));
    assertFalse(Coverage.isCovered(product, product.foreignKeys().get(0)));
  }

  @Test
  void declaredIndexStartingWithTheColumnsGetsIndexedByThatIndex() {
    Table product = table("product").pk("id")
        .index("product_category_created_idx", "category_id", "created_at")
        .manyToOne("category", "category", true).build();
    assertAdvice(product, 0, new Advice("index product_category_created_idx",
        "@IndexedBy(\"product_category_created_idx\")", null));
  }

  @Test
  void uniqueConstraintIsPreferredOverAnEarlierPlainIndex() {
    Table product = table("product").pk("id")
        .index("product_category_idx", "category_id")
        .unique("product_category_sort_order_uk", "category_id", "category_sort_order")
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, new Advice("unique constraint product_category_sort_order_uk",
        "@CoveredByUnique(\"product_category_sort_order_uk\")", null));
  }

  @Test
  void uniqueIndexCountsAsUnique() {
    Table product = table("product").pk("id")
        .uniqueIndex("product_category_code_idx", "category_id", "code")
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, new Advice("unique index product_category_code_idx",
        "@CoveredByUnique(\"product_category_code_idx\")", null));
  }

  /** The delete check (category_id = $1) implies category_id IS NOT NULL: it can use the index. */
  @Test
  void partialIndexOnTheNotNullPredicateCovers() {
    Table product = table("product").pk("id")
        .add(new Index("product_category_part_idx", List.of("category_id"), false,
            "category_id IS NOT NULL", Index.Source.INDEX, member("product", null)))
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, new Advice("partial index product_category_part_idx",
        "@IndexedBy(\"product_category_part_idx\")", null));
    assertTrue(Coverage.isCovered(product, product.foreignKeys().get(0)));
  }

  /** A soft-delete predicate does not follow from the delete check's condition: no cover. */
  @Test
  void partialIndexOnAnotherPredicateDoesNotCover() {
    Table product = table("product").pk("id")
        .add(new Index("product_category_live_idx", List.of("category_id"), false,
            "deleted_at IS NULL", Index.Source.INDEX, member("product", null)))
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, create("@IndexedBy(\"product_category_id_idx\")"));
    assertFalse(Coverage.isCovered(product, product.foreignKeys().get(0)));
  }

  @Test
  void compositeForeignKeyNeedsAllColumnsLeadingAndInOrder() {
    List<String> cols = List.of("order_id", "line_no");
    Table wider = table("shipment").pk("id").index("shipment_line_idx", "order_id", "line_no", "x")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", cols, false).build();
    assertAdvice(wider, 0, new Advice("index shipment_line_idx",
        "@IndexedBy(\"shipment_line_idx\")", null));

    Table reversed = table("shipment").pk("id").index("shipment_line_idx", "line_no", "order_id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", cols, false).build();
    assertAdvice(reversed, 0, create("@IndexedBy(\"shipment_order_id_line_no_idx\")"));
    assertFalse(Coverage.isCovered(reversed, reversed.foreignKeys().get(0)));

    Table prefixOnly = table("shipment").pk("id").index("shipment_order_idx", "order_id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", cols, true).build();
    assertAdvice(prefixOnly, 0,
        create("@PartialIndex(name = \"shipment_order_id_line_no_idx\")"));
  }

  @Test
  void foreignKeyLeadingThePrimaryKeyNeedsNoDecision() {
    Table mapsId = table("order_detail").pk("order_id")
        .fk(ForeignKey.Source.MAPS_ID, "order", "orders", List.of("order_id"), false).build();
    Table composite = table("order_line").pk("order_id", "line_no")
        .manyToOne("order", "orders", false).build();
    Table both = table("order_item").pk("order_id", "line_no")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            false).build();
    assertEquals(List.of(), check(mapsId, composite, both));
    Table wrongOrder = table("order_item").pk("order_id", "line_no")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("line_no", "order_id"),
            false).build();
    assertEquals(1, check(wrongOrder).size());
  }

  @Test
  void foreignKeyOnTheSecondPrimaryKeyColumnIsNotCovered() {
    Table line = table("order_line").pk("order_id", "product_id")
        .fk(ForeignKey.Source.MAPS_ID, "product", "product", List.of("product_id"), false).build();
    assertAdvice(line, 0, create("@IndexedBy(\"order_line_product_id_idx\")"));
  }

  @Test
  void unnamedUniqueKeyMustBeNamedBeforeCoveredByUnique() {
    Table profile = table("profile").pk("id")
        .add(new Index(null, List.of("user_id"), true, null, Index.Source.ONE_TO_ONE,
            member("profile", "user")))
        .fk(ForeignKey.Source.ONE_TO_ONE, "user", "app_user", List.of("user_id"), false).build();
    assertAdvice(profile, 0, new Advice(
        "the unnamed unique key Hibernate adds for the @OneToOne on (user_id)",
        "@CoveredByUnique(\"profile_user_id_key\")", "after naming it with @UniqueConstraint(name"
        + " = \"profile_user_id_key\", columnNames = \"user_id\") in @Table"));
    assertTrue(Coverage.isCovered(profile, profile.foreignKeys().get(0)));
  }

  @Test
  void unnamedCompositeIndexMustBeNamedBeforeIndexedBy() {
    Table shipment = table("shipment").pk("id")
        .add(new Index(null, List.of("order_id", "line_no"), false, null, Index.Source.INDEX,
            member("shipment", null)))
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            false).build();
    assertAdvice(shipment, 0, new Advice("the unnamed index on (order_id, line_no)",
        "@IndexedBy(\"shipment_order_id_line_no_idx\")", "after naming it @Index(name ="
        + " \"shipment_order_id_line_no_idx\", columnList = \"order_id, line_no\")"));
  }

  @Test
  void joinTableForeignKeyIsCoveredByThePrimaryKeyOnlyWhenLeading() {
    Table productTag = mappedBy(table("product_tag").kind(Table.Kind.JOIN_TABLE)
        .pk("product_id", "tag_id")
        .fk(ForeignKey.Source.JOIN_TABLE, "tags", "product", List.of("product_id"), false)
        .fk(ForeignKey.Source.JOIN_TABLE, "tags", "tag", List.of("tag_id"), false)
        .build(), member("product", "tags"));
    ForeignKey tag = productTag.foreignKeys().get(1);
    List<Finding> findings = check(productTag);
    assertEquals(List.of(ForeignKeyWithoutIndexDecision.uncoveredMessage("product_tag", tag,
        "the @JoinTable on Product.tags", "product_tag_tag_id_idx")), Fixtures.messages(findings));
    assertEquals("Foreign key product_tag (tag_id) -> tag is not covered by any index (no full"
        + " index of product_tag starts with (tag_id)), so each delete from tag scans product_tag."
        + " Add indexes = @Index(name = \"product_tag_tag_id_idx\", columnList = \"tag_id\") to"
        + " the @JoinTable on Product.tags, or add"
        + " @SuppressWarnings(\"fkguard:ForeignKeyWithoutIndexDecision\") to ProductTag.tags if it"
        + " deliberately needs no index.", findings.get(0).message());
    assertEquals(tag.origin(), findings.get(0).origin());
    assertTrue(Coverage.isCovered(productTag,
        productTag.foreignKeys().get(0)));
  }

  @Test
  void joinTableForeignKeyCoveredByDeclaredIndexButNotByPartialOne() {
    Table covered = table("product_tag").kind(Table.Kind.JOIN_TABLE).pk("product_id", "tag_id")
        .uniqueIndex("product_tag_tag_product_idx", "tag_id", "product_id")
        .fk(ForeignKey.Source.JOIN_TABLE, "tags", "tag", List.of("tag_id"), false).build();
    assertEquals(List.of(), check(covered));
    Table partial = table("product_tag").kind(Table.Kind.JOIN_TABLE).pk("product_id", "tag_id")
        .add(new Index("product_tag_tag_idx", List.of("tag_id"), false, "tag_id > 0",
            Index.Source.INDEX, member("product_tag", null)))
        .fk(ForeignKey.Source.JOIN_TABLE, "tags", "tag", List.of("tag_id"), false).build();
    assertEquals(1, check(partial).size());
  }

  @Test
  void collectionTableAndOneToManyNameWhereTheIndexGoes() {
    Table labels = mappedBy(table("product_labels").kind(Table.Kind.COLLECTION_TABLE)
        .fk(ForeignKey.Source.COLLECTION_TABLE, "labels", "product", List.of("product_id"), false)
        .column("label", false).build(), member("product", "labels"));
    Table line = table("order_line").pk("id")
        .fk(ForeignKey.Source.ONE_TO_MANY, "lines", "orders", List.of("order_id"), true).build();
    List<Finding> findings = check(labels, line);
    assertEquals(List.of(
        ForeignKeyWithoutIndexDecision.uncoveredMessage("order_line", line.foreignKeys().get(0),
            "the @Table of OrderLine", "order_line_order_id_idx"),
        ForeignKeyWithoutIndexDecision.uncoveredMessage("product_labels",
            labels.foreignKeys().get(0), "the @CollectionTable on Product.labels",
            "product_labels_product_id_idx")), Fixtures.messages(findings));
  }

  @Test
  void joinedInheritanceForeignKeyIsCoveredByThePrimaryKey() {
    Table book = table("book").pk("id")
        .fk(ForeignKey.Source.JOINED_INHERITANCE, "id", "item", List.of("id"), false).build();
    assertEquals(List.of(), check(book));
  }

  @Test
  void foreignKeyWithAnyDecisionIsNotThisRulesBusiness() {
    Table product = table("product").pk("id")
        .manyToOne("category", "category", false, coveredByUnique("missing_uk"))
        .manyToOne("owner", "category", false, indexedBy("a"), notIndexed("b"))
        .build();
    assertEquals(List.of(), check(product, CATEGORY));
  }

  @Test
  void schemaQualifiedTableIsNamedQualifiedButTheIndexNameIsNot() {
    Table product = table("product").schema("sales").pk("id")
        .manyToOne("category", "category", false).build();
    assertAdvice(product, 0, create("@IndexedBy(\"product_category_id_idx\")"));
    assertTrue(check(product, CATEGORY).get(0).message()
        .startsWith("Foreign key sales.product (category_id) -> category"));
  }

  @Test
  void findingsFollowTableOrderThenDeclarationOrder() {
    Table zebra = table("zebra").pk("id").manyToOne("b", "category", false)
        .manyToOne("a", "category", false).build();
    Table apple = table("apple").pk("id").manyToOne("c", "category", false).build();
    List<Origin> origins = rule.check(schema(zebra, apple, CATEGORY)).stream()
        .map(Finding::origin).toList();
    assertEquals(List.of(member("apple", "c"), member("zebra", "b"), member("zebra", "a")),
        origins);
  }
}
