package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.coveredByUnique;
import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.notIndexed;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDecisionMismatchTest {
  private final Rule rule = new IndexDecisionMismatch();

  /** Exactly one finding, on the decision, with the message built from these parts. */
  private void assertMismatch(Table table, String decision, String problem, String fix) {
    ForeignKey fk = table.foreignKeys().get(0);
    List<Finding> findings = rule.check(schema(table));
    assertEquals(List.of(IndexDecisionMismatch.message(decision, table.qualifiedName(), fk,
        problem, fix)), Fixtures.messages(findings));
    assertEquals(fk.decisions().get(0).origin(), findings.get(0).origin());
  }

  private static Table product(Index extra, boolean nullable, IndexDecision decision) {
    Fixtures.TableBuilder builder = table("product").pk("id")
        .unique("product_category_sort_order_uk", "category_id", "category_sort_order");
    if (extra != null) {
      builder.add(extra);
    }
    return builder.manyToOne("category", "category", nullable, decision).build();
  }

  private static Index index(String name, boolean unique, String where, Index.Source source,
      String... columns) {
    return new Index(name, List.of(columns), unique, where, source, member("product", null));
  }

  @Test
  void fittingDecisionsAreFineWhateverTheCaseOfTheName() {
    Table product = table("product").pk("id")
        .unique("Product_Category_Sort_Order_UK", "category_id", "category_sort_order")
        .index("product_owner_created_idx", "owner_id", "created_at")
        .uniqueIndex("product_code_uidx", "buyer_id", "code")
        .manyToOne("category", "category", false,
            coveredByUnique("product_category_sort_order_uk"))
        .manyToOne("owner", "app_user", false, indexedBy("PRODUCT_OWNER_CREATED_IDX"))
        .manyToOne("buyer", "app_user", false, indexedBy("product_code_uidx"))
        .manyToOne("seller", "app_user", false, indexedBy("product_seller_idx"))
        .manyToOne("editor", "app_user", true, partialIndex("product_category_sort_order_uk", null))
        .manyToOne("auditor", "app_user", false, notIndexed("r"))
        .build();
    assertEquals(List.of(), rule.check(schema(product)));
  }

  @Test
  void coveredByUniqueWithUnknownNameListsTheFittingConstraint() {
    Table product = product(null, false, coveredByUnique("product_category_uk"));
    List<Finding> findings = rule.check(schema(product));
    assertEquals(List.of("@CoveredByUnique(\"product_category_uk\") on Product.category does not"
        + " fit foreign key product (category_id) -> category: product has no unique constraint"
        + " named product_category_uk."
        + " Write @CoveredByUnique(\"product_category_sort_order_uk\") instead."),
        Fixtures.messages(findings));
    assertEquals(member("product", "category")
            .withAnnotation("io.fkguard.annotations.CoveredByUnique", null),
        findings.get(0).origin());
  }

  @Test
  void coveredByUniqueListsEveryFittingConstraint() {
    Table product = product(index("product_category_code_uk", true, null,
        Index.Source.UNIQUE_CONSTRAINT, "category_id", "code"), false, coveredByUnique("nope"));
    assertMismatch(product, "@CoveredByUnique(\"nope\")",
        "product has no unique constraint named nope",
        "Write one of @CoveredByUnique(\"product_category_sort_order_uk\"),"
            + " @CoveredByUnique(\"product_category_code_uk\") instead");
  }

  @Test
  void coveredByUniqueWithoutAnyFittingConstraintSuggestsAnIndex() {
    Table required = table("product").pk("id")
        .manyToOne("category", "category", false, coveredByUnique("nope")).build();
    assertMismatch(required, "@CoveredByUnique(\"nope\")",
        "product has no unique constraint named nope",
        "No unique constraint of product starts with (category_id):"
            + " write @IndexedBy(\"product_category_id_idx\") instead");
    Table nullable = table("product").pk("id")
        .manyToOne("category", "category", true, coveredByUnique("nope")).build();
    assertMismatch(nullable, "@CoveredByUnique(\"nope\")",
        "product has no unique constraint named nope",
        "No unique constraint of product starts with (category_id):"
            + " write @PartialIndex(name = \"product_category_id_idx\") instead");
  }

  @Test
  void coveredByUniqueOnConstraintWithTheColumnSecond() {
    Table product = table("product").pk("id")
        .unique("product_sort_category_uk", "category_sort_order", "category_id")
        .manyToOne("category", "category", false, coveredByUnique("PRODUCT_SORT_CATEGORY_UK"))
        .build();
    assertMismatch(product, "@CoveredByUnique(\"PRODUCT_SORT_CATEGORY_UK\")",
        "unique constraint product_sort_category_uk is on (category_sort_order, category_id),"
            + " which does not start with (category_id)",
        "No unique constraint of product starts with (category_id):"
            + " write @IndexedBy(\"product_category_id_idx\") instead");
  }

  @Test
  void coveredByUniqueOnPlainIndexSaysItIsNotUnique() {
    Table product = product(index("product_category_idx", false, null, Index.Source.INDEX,
        "category_id"), false, coveredByUnique("product_category_idx"));
    assertMismatch(product, "@CoveredByUnique(\"product_category_idx\")",
        "index product_category_idx is not unique",
        "Write @CoveredByUnique(\"product_category_sort_order_uk\") instead");
    Table noUnique = table("product").pk("id").index("product_category_idx", "category_id")
        .manyToOne("category", "category", false, coveredByUnique("product_category_idx")).build();
    assertMismatch(noUnique, "@CoveredByUnique(\"product_category_idx\")",
        "index product_category_idx is not unique",
        "No unique constraint of product starts with (category_id):"
            + " write @IndexedBy(\"product_category_idx\") instead");
  }

  @Test
  void coveredByUniqueOnPartialUniqueIndex() {
    Table product = table("product").pk("id")
        .add(index("product_category_live_uidx", true, "deleted = false", Index.Source.INDEX,
            "category_id"))
        .manyToOne("category", "category", false, coveredByUnique("product_category_live_uidx"))
        .build();
    assertMismatch(product, "@CoveredByUnique(\"product_category_live_uidx\")",
        "partial unique index product_category_live_uidx only holds rows WHERE deleted = false,"
            + " so deletes from category cannot rely on it",
        "No unique constraint of product starts with (category_id):"
            + " write @IndexedBy(\"product_category_id_idx\") instead");
  }

  @Test
  void coveredByUniqueOnThePrimaryKey() {
    Table leading = table("order_line").pk("order_id", "line_no")
        .manyToOne("order", "orders", false, coveredByUnique("order_line_pkey")).build();
    assertMismatch(leading, "@CoveredByUnique(\"order_line_pkey\")",
        "order_line_pkey is the primary key, not a unique constraint",
        "Remove it: primary key order_line_pkey already covers (order_id), so the foreign key"
            + " needs no decision");
    Table second = table("order_line").pk("line_no", "order_id")
        .manyToOne("order", "orders", false, coveredByUnique("order_line_pkey")).build();
    assertMismatch(second, "@CoveredByUnique(\"order_line_pkey\")",
        "order_line_pkey is the primary key, not a unique constraint",
        "No unique constraint of order_line starts with (order_id):"
            + " write @IndexedBy(\"order_line_order_id_idx\") instead");
  }

  @Test
  void coveredByUniqueOnCompositeKeyNeedsTheColumnsInOrder() {
    Table shipment = table("shipment").pk("id")
        .unique("shipment_line_uk", "line_no", "order_id")
        .unique("shipment_order_line_uk", "order_id", "line_no", "seq")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            false, coveredByUnique("shipment_line_uk"))
        .build();
    assertMismatch(shipment, "@CoveredByUnique(\"shipment_line_uk\")",
        "unique constraint shipment_line_uk is on (line_no, order_id), which does not start with"
            + " (order_id, line_no)",
        "Write @CoveredByUnique(\"shipment_order_line_uk\") instead");
  }

  @Test
  void indexedByOnDeclaredIndexThatDoesNotStartWithTheColumns() {
    Table product = product(index("product_created_category_idx", false, null, Index.Source.INDEX,
        "created_at", "category_id"), false, indexedBy("product_created_category_idx"));
    List<Finding> findings = rule.check(schema(product));
    assertEquals(List.of("@IndexedBy(\"product_created_category_idx\") on Product.category does"
        + " not fit foreign key product (category_id) -> category: index"
        + " product_created_category_idx is on (created_at, category_id), which does not start"
        + " with (category_id). Write @CoveredByUnique(\"product_category_sort_order_uk\")"
        + " instead."), Fixtures.messages(findings));
    assertEquals(member("product", "category")
            .withAnnotation("io.fkguard.annotations.IndexedBy", null),
        findings.get(0).origin());
  }

  @Test
  void indexedByOnDeclaredIndexMatchedByFoldedName() {
    Table product = table("product").pk("id")
        .index("Product_Created_Category_IDX", "created_at", "category_id")
        .manyToOne("category", "category", true, indexedBy("product_created_category_idx"))
        .build();
    assertMismatch(product, "@IndexedBy(\"product_created_category_idx\")",
        "index Product_Created_Category_IDX is on (created_at, category_id), which does not start"
            + " with (category_id)",
        "Write @PartialIndex(name = \"product_category_id_idx\") instead");
  }

  @Test
  void indexedByOnPartialDeclaredIndex() {
    Table product = table("product").pk("id")
        .add(index("product_category_part_idx", false, "category_id > 10", Index.Source.INDEX,
            "category_id"))
        .manyToOne("category", "category", false, indexedBy("product_category_part_idx")).build();
    assertMismatch(product, "@IndexedBy(\"product_category_part_idx\")",
        "partial index product_category_part_idx only holds rows WHERE category_id > 10, so"
            + " deletes from category cannot rely on it",
        "Write @IndexedBy(\"product_category_id_idx\") instead");
  }

  @Test
  void indexedByOnUniqueConstraintSaysCoveredByUnique() {
    Table product = product(null, false, indexedBy("product_category_sort_order_uk"));
    assertMismatch(product, "@IndexedBy(\"product_category_sort_order_uk\")",
        "product_category_sort_order_uk is a unique constraint, not an index",
        "Write @CoveredByUnique(\"product_category_sort_order_uk\") instead");
  }

  @Test
  void indexedByOnUniqueConstraintThatDoesNotStartWithTheColumns() {
    Table product = table("product").pk("id").unique("product_sort_uk", "sort", "category_id")
        .manyToOne("category", "category", false, indexedBy("product_sort_uk")).build();
    assertMismatch(product, "@IndexedBy(\"product_sort_uk\")",
        "unique constraint product_sort_uk is on (sort, category_id), which does not start with"
            + " (category_id)",
        "Write @IndexedBy(\"product_category_id_idx\") instead");
  }

  @Test
  void indexedByOnThePrimaryKey() {
    Table leading = table("order_line").pk("order_id", "line_no")
        .manyToOne("order", "orders", false, indexedBy("ORDER_LINE_PKEY")).build();
    assertMismatch(leading, "@IndexedBy(\"ORDER_LINE_PKEY\")",
        "order_line_pkey is the primary key, not an index",
        "Remove it: primary key order_line_pkey already covers (order_id), so the foreign key"
            + " needs no decision");
    Table other = table("order_line").pk("id")
        .manyToOne("order", "orders", false, indexedBy("order_line_pkey")).build();
    assertMismatch(other, "@IndexedBy(\"order_line_pkey\")",
        "primary key order_line_pkey is on (id), which does not start with (order_id)",
        "Write @IndexedBy(\"order_line_order_id_idx\") instead");
  }

  @Test
  void indexedBySharingAnotherForeignKeysIndex() {
    Table fits = table("product").pk("id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "owner", "app_user", List.of("owner_id"), false,
            indexedBy("product_owner_idx"))
        .fk(ForeignKey.Source.MANY_TO_ONE, "owner_ref", "app_user", List.of("owner_id"), false,
            indexedBy("product_owner_idx"))
        .build();
    assertEquals(List.of(), rule.check(schema(fits)));
    Table clash = table("product").pk("id")
        .manyToOne("owner", "app_user", false, indexedBy("product_person_idx"))
        .manyToOne("buyer", "app_user", false, indexedBy("product_person_idx"))
        .build();
    // Each decision creates its own index: two relations of one name are NameCollision's to report.
    assertEquals(List.of(), rule.check(schema(clash)));
    assertEquals(1, new NameCollision().check(schema(clash)).size());
  }

  @Test
  void conflictingDecisionsAreLeftToConflictingIndexDecisions() {
    Table product = table("product").pk("id")
        .manyToOne("category", "category", false, coveredByUnique("nope"), indexedBy("nope2"))
        .build();
    assertEquals(List.of(), rule.check(schema(product)));
  }

  @Test
  void misplacedDecisionsAreReportedOnTheirAnnotationAfterTheTables() {
    Origin nameOrigin = member("product", "name")
        .withAnnotation("io.fkguard.annotations.IndexedBy", null);
    Origin inverseOrigin = member("category", "products")
        .withAnnotation("io.fkguard.annotations.NotIndexed", null);
    MisplacedDecision onColumn = new MisplacedDecision(new IndexDecision(
        IndexDecision.Kind.INDEXED_BY, "product_name_idx", null, null, nameOrigin),
        "product", "the basic column name");
    MisplacedDecision onInverse = new MisplacedDecision(new IndexDecision(
        IndexDecision.Kind.NOT_INDEXED, null, null, "r", inverseOrigin),
        "category", "the inverse side of a relationship (mappedBy = \"category\")");
    Table product = table("product").pk("id")
        .manyToOne("category", "category", false, coveredByUnique("nope")).build();
    List<Finding> findings = rule.check(schema(List.of(onColumn, onInverse), product));
    assertEquals(3, findings.size());
    assertEquals("@IndexedBy(\"product_name_idx\") is on the basic column name of table product,"
        + " which owns no foreign key, so it has no effect. Move it to the @ManyToOne or"
        + " @OneToOne attribute that owns the foreign key, or remove it.",
        findings.get(1).message());
    assertEquals(IndexDecisionMismatch.misplacedMessage("@NotIndexed", "category",
        "the inverse side of a relationship (mappedBy = \"category\")"), findings.get(2).message());
    assertEquals(List.of(product.foreignKeys().get(0).decisions().get(0).origin(), nameOrigin,
        inverseOrigin), findings.stream().map(Finding::origin).toList());
  }

  @Test
  void renderShowsEachDecisionAsWritten() {
    assertEquals("@PartialIndex(name = \"p\")",
        IndexDecisionMismatch.render(partialIndex("p", "x > 1")));
    assertEquals("@NotIndexed", IndexDecisionMismatch.render(notIndexed("r")));
    assertEquals("@IndexedBy(\"i\")", IndexDecisionMismatch.render(indexedBy("i")));
    assertEquals("@CoveredByUnique(\"u\")", IndexDecisionMismatch.render(coveredByUnique("u")));
  }

  @Test
  void findingsFollowTableOrderThenDeclarationOrder() {
    Table zebra = table("zebra").pk("id")
        .manyToOne("b", "t", false, coveredByUnique("x"))
        .manyToOne("a", "t", false, coveredByUnique("y")).build();
    Table apple = table("apple").pk("id").manyToOne("c", "t", false, coveredByUnique("z"))
        .build();
    assertEquals(List.of("Apple.c", "Zebra.b", "Zebra.a"), rule.check(schema(zebra, apple))
        .stream().map(f -> f.origin().describe()).toList());
  }
}
