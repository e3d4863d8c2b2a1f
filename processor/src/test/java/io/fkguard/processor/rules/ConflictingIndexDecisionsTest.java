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
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictingIndexDecisionsTest {
  private final Rule rule = new ConflictingIndexDecisions();

  @Test
  void twoDecisionsGiveOneFindingOnTheSecondAnnotation() {
    Table product = table("product").pk("id")
        .manyToOne("category", "category", false, indexedBy("product_category_idx"),
            notIndexed("small"))
        .build();
    List<Finding> findings = rule.check(schema(product));
    assertEquals(List.of("Product.category has 2 index decisions (@IndexedBy and @NotIndexed) for"
        + " foreign key product (category_id) -> category: keep exactly one. Until then fkguard"
        + " creates no index for it."), Fixtures.messages(findings));
    assertEquals(ConflictingIndexDecisions.message("product", product.foreignKeys().get(0)),
        findings.get(0).message());
    assertEquals(member("product", "category")
            .withAnnotation("io.fkguard.annotations.NotIndexed", null),
        findings.get(0).origin());
  }

  @Test
  void threeDecisionsAreAllListedInOrder() {
    Table product = table("product").pk("id")
        .manyToOne("editor", "app_user", true, indexedBy("a_idx"), partialIndex("b_idx", null),
            coveredByUnique("c_uk"))
        .build();
    List<Finding> findings = rule.check(schema(product));
    assertEquals(1, findings.size());
    assertEquals("Product.editor has 3 index decisions (@IndexedBy, @PartialIndex and"
        + " @CoveredByUnique) for foreign key product (editor_id) -> app_user: keep exactly one."
        + " Until then fkguard creates no index for it.", findings.get(0).message());
    assertEquals(product.foreignKeys().get(0).decisions().get(1).origin(),
        findings.get(0).origin());
  }

  @Test
  void compositeForeignKeyNamesAllColumns() {
    Table shipment = table("shipment").schema("sales").pk("id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "sales.order_line",
            List.of("order_id", "line_no"), false, indexedBy("x"), indexedBy("y"))
        .build();
    assertEquals(List.of(ConflictingIndexDecisions.message("sales.shipment",
        shipment.foreignKeys().get(0))), Fixtures.messages(rule.check(schema(shipment))));
    assertEquals("Shipment.line has 2 index decisions (@IndexedBy and @IndexedBy) for foreign key"
        + " sales.shipment (order_id, line_no) -> sales.order_line: keep exactly one. Until then"
        + " fkguard creates no index for it.", rule.check(schema(shipment)).get(0).message());
  }

  @Test
  void singleOrNoDecisionIsFine() {
    Table product = table("product").pk("id")
        .manyToOne("category", "category", false, indexedBy("product_category_idx"))
        .manyToOne("owner", "app_user", false)
        .fk(ForeignKey.Source.JOIN_TABLE, "tags", "tag", List.of("tag_id"), false)
        .build();
    assertEquals(List.of(), rule.check(schema(product)));
  }

  @Test
  void fallsBackToTheAttributeWhenTheAnnotationHasNoOrigin() {
    Origin attribute = member("product", "category");
    IndexDecision a = new IndexDecision(IndexDecision.Kind.INDEXED_BY, "x", null, null, null);
    IndexDecision b = new IndexDecision(IndexDecision.Kind.NOT_INDEXED, null, null, "r", null);
    ForeignKey fk = new ForeignKey(null, List.of("category_id"), "category", List.of("id"), false,
        ForeignKey.Source.MANY_TO_ONE, List.of(a, b), attribute);
    Table built = table("product").pk("id").column("category_id", false).build();
    Table product = new Table(null, "product", Table.Kind.ENTITY, built.columns(),
        built.primaryKey(), built.indexes(), List.of(fk), built.origin());
    List<Finding> findings = rule.check(schema(product));
    assertEquals(1, findings.size());
    assertEquals(attribute, findings.get(0).origin());
  }

  @Test
  void findingsFollowTableOrderThenDeclarationOrder() {
    Table zebra = table("zebra").pk("id")
        .manyToOne("b", "t", false, indexedBy("x"), notIndexed("r"))
        .manyToOne("a", "t", false, indexedBy("y"), notIndexed("r"))
        .build();
    Table apple = table("apple").pk("id")
        .manyToOne("c", "t", false, partialIndex("z", null), notIndexed("r")).build();
    List<String> members = rule.check(schema(zebra, apple)).stream()
        .map(f -> f.origin().describe()).toList();
    assertEquals(List.of("Apple.c", "Zebra.b", "Zebra.a"), members);
  }
}
