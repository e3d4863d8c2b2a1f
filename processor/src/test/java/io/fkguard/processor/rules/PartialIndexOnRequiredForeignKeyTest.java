package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.notIndexed;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialIndexOnRequiredForeignKeyTest {
  private final Rule rule = new PartialIndexOnRequiredForeignKey();

  @Test
  void defaultPredicateOnRequiredKeySuggestsIndexedByTheSameName() {
    Table product = table("product").pk("id")
        .manyToOne("created_by", "app_user", false, partialIndex("product_created_by_idx", null))
        .build();
    ForeignKey fk = product.foreignKeys().get(0);
    List<Finding> findings = rule.check(schema(product));
    assertEquals(List.of("@PartialIndex(name = \"product_created_by_idx\") on Product.created_by"
        + " creates an index WHERE created_by_id IS NOT NULL, but foreign key product"
        + " (created_by_id) -> app_user is NOT NULL: every row satisfies it, so the index is as"
        + " big as a full one, yet the planner can use it only for queries that imply the"
        + " predicate. Write @IndexedBy(\"product_created_by_idx\") instead."),
        Fixtures.messages(findings));
    assertEquals(PartialIndexOnRequiredForeignKey.message("product", fk,
        "product_created_by_idx", "created_by_id IS NOT NULL"), findings.get(0).message());
    assertEquals(member("product", "created_by")
            .withAnnotation("io.fkguard.annotations.PartialIndex", null),
        findings.get(0).origin());
  }

  @Test
  void customPredicateSaysDeletesCannotUseTheIndex() {
    Table product = table("product").pk("id")
        .manyToOne("created_by", "app_user", false,
            partialIndex("product_created_by_idx", "status = 'ACTIVE'"))
        .build();
    assertEquals(List.of("@PartialIndex(name = \"product_created_by_idx\") on Product.created_by"
        + " creates an index WHERE status = 'ACTIVE', but foreign key product (created_by_id) ->"
        + " app_user is NOT NULL: the index leaves out the other rows, so each delete from"
        + " app_user cannot use it and scans product."
        + " Write @IndexedBy(\"product_created_by_idx\") instead."),
        Fixtures.messages(rule.check(schema(product))));
  }

  @Test
  void explicitNotNullPredicateInAnotherSpellingCountsAsTheDefault() {
    Table product = table("product").pk("id")
        .manyToOne("created_by", "app_user", false,
            partialIndex("p_idx", "CREATED_BY_ID   is not null"))
        .build();
    String message = rule.check(schema(product)).get(0).message();
    assertEquals(PartialIndexOnRequiredForeignKey.message("product",
        product.foreignKeys().get(0), "p_idx", "CREATED_BY_ID   is not null"), message);
    assertEquals(true, message.contains("every row satisfies it"), message);
  }

  @Test
  void compositeRequiredKeyShowsTheWholeDefaultPredicate() {
    Table shipment = table("shipment").pk("id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            false, partialIndex("shipment_line_idx", null))
        .build();
    assertEquals(List.of(PartialIndexOnRequiredForeignKey.message("shipment",
            shipment.foreignKeys().get(0), "shipment_line_idx",
            "order_id IS NOT NULL AND line_no IS NOT NULL")),
        Fixtures.messages(rule.check(schema(shipment))));
  }

  @Test
  void nullableKeysOtherDecisionsAndConflictsAreFine() {
    Table product = table("product").pk("id")
        .manyToOne("last_edited_by", "app_user", true, partialIndex("a_idx", null))
        .manyToOne("created_by", "app_user", false, indexedBy("b_idx"))
        .manyToOne("owner", "app_user", false, notIndexed("r"))
        .manyToOne("buyer", "app_user", false, partialIndex("c_idx", null), notIndexed("r"))
        .manyToOne("seller", "app_user", false)
        .build();
    assertEquals(List.of(), rule.check(schema(product)));
  }

  @Test
  void findingsFollowTableOrderThenDeclarationOrder() {
    Table zebra = table("zebra").pk("id")
        .manyToOne("b", "t", false, partialIndex("zb", null))
        .manyToOne("a", "t", false, partialIndex("za", null)).build();
    Table apple = table("apple").pk("id").manyToOne("c", "t", false, partialIndex("ac", null))
        .build();
    assertEquals(List.of("Apple.c", "Zebra.b", "Zebra.a"), rule.check(schema(zebra, apple))
        .stream().map(f -> f.origin().describe()).toList());
  }
}
