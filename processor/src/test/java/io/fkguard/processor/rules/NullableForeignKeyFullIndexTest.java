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

class NullableForeignKeyFullIndexTest {
  private final Rule rule = new NullableForeignKeyFullIndex();

  @Test
  void indexedByOnNullableKeySuggestsPartialIndexOrSuppression() {
    Table product = table("product").pk("id")
        .manyToOne("last_edited_by", "app_user", true, indexedBy("product_last_edited_by_idx"))
        .build();
    List<Finding> findings = rule.check(schema(product));
    assertEquals(List.of("@IndexedBy(\"product_last_edited_by_idx\") on Product.last_edited_by"
        + " gives the nullable foreign key product (last_edited_by_id) -> app_user a full index,"
        + " which stores every NULL row too. If most rows are NULL, write"
        + " @PartialIndex(name = \"product_last_edited_by_idx\") instead: it indexes only WHERE"
        + " last_edited_by_id IS NOT NULL (about 32 KB instead of 6.4 MB for 1M rows that are"
        + " 99.9% NULL) and still serves deletes from app_user. If the column is mostly filled,"
        + " keep the full index and add @SuppressWarnings(\"fkguard:NullableForeignKeyFullIndex\")"
        + " to Product.last_edited_by."), Fixtures.messages(findings));
    assertEquals(NullableForeignKeyFullIndex.message("product", product.foreignKeys().get(0),
        "product_last_edited_by_idx", false), findings.get(0).message());
    assertEquals(member("product", "last_edited_by")
            .withAnnotation("io.fkguard.annotations.IndexedBy", null),
        findings.get(0).origin());
  }

  @Test
  void declaredIndexOnExactlyTheColumnsMustBeRemovedToo() {
    Table product = table("product").pk("id")
        .index("Product_Editor_IDX", "last_edited_by_id")
        .manyToOne("last_edited_by", "app_user", true, indexedBy("product_editor_idx"))
        .build();
    String message = rule.check(schema(product)).get(0).message();
    assertEquals(NullableForeignKeyFullIndex.message("product", product.foreignKeys().get(0),
        "product_editor_idx", true), message);
    assertEquals(true, message.contains("write @PartialIndex(name = \"product_editor_idx\")"
        + " instead and remove @Index(name = \"product_editor_idx\") from @Table:"), message);
  }

  @Test
  void compositeNullableKeyPredicateCoversAllColumns() {
    Table shipment = table("shipment").pk("id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            true, indexedBy("shipment_line_idx"))
        .build();
    String message = rule.check(schema(shipment)).get(0).message();
    assertEquals(true, message.contains(
        "WHERE order_id IS NOT NULL AND line_no IS NOT NULL"), message);
  }

  @Test
  void indexesThatCannotSimplyBecomePartialAreLeftAlone() {
    Table product = table("product").pk("id")
        .index("product_editor_time_idx", "editor_id", "edited_at")
        .uniqueIndex("product_buyer_uidx", "buyer_id")
        .unique("product_seller_uk", "seller_id")
        .index("product_other_idx", "something_else")
        .manyToOne("editor", "app_user", true, indexedBy("product_editor_time_idx"))
        .manyToOne("buyer", "app_user", true, indexedBy("product_buyer_uidx"))
        .manyToOne("seller", "app_user", true, indexedBy("product_seller_uk"))
        .manyToOne("owner", "app_user", true, indexedBy("product_other_idx"))
        .build();
    assertEquals(List.of(), rule.check(schema(product)));
  }

  @Test
  void requiredKeysOtherDecisionsAndConflictsAreFine() {
    Table product = table("product").pk("id")
        .manyToOne("created_by", "app_user", false, indexedBy("a_idx"))
        .manyToOne("last_edited_by", "app_user", true, partialIndex("b_idx", null))
        .manyToOne("owner", "app_user", true, notIndexed("r"))
        .manyToOne("buyer", "app_user", true, indexedBy("c_idx"), notIndexed("r"))
        .manyToOne("seller", "app_user", true)
        .build();
    assertEquals(List.of(), rule.check(schema(product)));
  }

  @Test
  void findingsFollowTableOrderThenDeclarationOrder() {
    Table zebra = table("zebra").pk("id")
        .manyToOne("b", "t", true, indexedBy("zb"))
        .manyToOne("a", "t", true, indexedBy("za")).build();
    Table apple = table("apple").pk("id").manyToOne("c", "t", true, indexedBy("ac")).build();
    assertEquals(List.of("Apple.c", "Zebra.b", "Zebra.a"), rule.check(schema(zebra, apple))
        .stream().map(f -> f.origin().describe()).toList());
  }
}
