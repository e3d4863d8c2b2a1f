package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.coveredByUnique;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueForeignKeyShouldBeOneToOneTest {
  private final Rule rule = new UniqueForeignKeyShouldBeOneToOne();

  private void assertOneToOne(Table table, String uniqueBy, boolean primaryKey) {
    ForeignKey fk = table.foreignKeys().get(0);
    List<Finding> findings = rule.check(schema(table));
    assertEquals(List.of(UniqueForeignKeyShouldBeOneToOne.message(table.qualifiedName(), fk,
        uniqueBy, primaryKey)), Fixtures.messages(findings));
    assertEquals(fk.origin(), findings.get(0).origin());
  }

  @Test
  void manyToOneOnUniqueConstraintColumnsIsReallyOneToOne() {
    Table profile = table("profile").pk("id").unique("profile_user_uk", "user_id")
        .manyToOne("user", "app_user", false, coveredByUnique("profile_user_uk")).build();
    List<Finding> findings = rule.check(schema(profile));
    assertEquals(List.of("Profile.user is a @ManyToOne, but unique constraint profile_user_uk"
        + " makes profile (user_id) unique, so each app_user row is referenced at most once."
        + " Replace @ManyToOne with @OneToOne on Profile.user; unique constraint profile_user_uk"
        + " keeps enforcing it."), Fixtures.messages(findings));
    assertEquals(member("profile", "user"), findings.get(0).origin());
    assertOneToOne(profile, "unique constraint profile_user_uk", false);
  }

  @Test
  void columnSetDecidesNotTheOrder() {
    Table shipment = table("shipment").pk("id")
        .uniqueIndex("shipment_line_uidx", "line_no", "order_id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            false)
        .build();
    assertOneToOne(shipment, "unique index shipment_line_uidx", false);
  }

  @Test
  void uniqueOverMoreColumnsOrFewerDoesNotMakeTheKeyUnique() {
    Table wider = table("product").pk("id")
        .unique("product_category_sort_uk", "category_id", "sort")
        .manyToOne("category", "category", false).build();
    Table narrower = table("shipment").pk("id").unique("shipment_order_uk", "order_id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "line", "order_line", List.of("order_id", "line_no"),
            false)
        .build();
    assertEquals(List.of(), rule.check(schema(wider, narrower)));
  }

  @Test
  void primaryKeyOnTheSameColumnsSuggestsMapsId() {
    Table detail = table("order_detail").pk("order_id")
        .fk(ForeignKey.Source.MANY_TO_ONE, "order", "orders", List.of("order_id"), false).build();
    assertOneToOne(detail, "primary key order_detail_pkey", true);
    assertEquals(true, rule.check(schema(detail)).get(0).message()
        .contains("Replace @ManyToOne with @OneToOne @MapsId on OrderDetail.order;"));
  }

  @Test
  void implicitUniqueKeysCount() {
    Table profile = table("profile").pk("id")
        .add(new Index(null, List.of("user_id"), true, null, Index.Source.JOIN_COLUMN_UNIQUE,
            member("profile", "user")))
        .manyToOne("user", "app_user", true).build();
    assertOneToOne(profile, "the unnamed unique constraint on (user_id)", false);
  }

  @Test
  void plainPartialAndNonManyToOneAreFine() {
    Table product = table("product").pk("id")
        .index("product_category_idx", "category_id")
        .add(new Index("product_owner_live_uidx", List.of("owner_id"), true, "deleted = false",
            Index.Source.INDEX, member("product", null)))
        .unique("product_detail_uk", "detail_id")
        .manyToOne("category", "category", false)
        .manyToOne("owner", "app_user", false)
        .fk(ForeignKey.Source.ONE_TO_ONE, "detail", "detail", List.of("detail_id"), false)
        .build();
    Table mapsId = table("order_detail").pk("order_id")
        .fk(ForeignKey.Source.MAPS_ID, "order", "orders", List.of("order_id"), false).build();
    assertEquals(List.of(), rule.check(schema(product, mapsId)));
  }

  @Test
  void findingsFollowTableOrderThenDeclarationOrder() {
    Table zebra = table("zebra").pk("id").unique("zb_uk", "b_id").unique("za_uk", "a_id")
        .manyToOne("b", "t", false).manyToOne("a", "t", false).build();
    Table apple = table("apple").pk("id").unique("ac_uk", "c_id").manyToOne("c", "t", false)
        .build();
    assertEquals(List.of("Apple.c", "Zebra.b", "Zebra.a"), rule.check(schema(zebra, apple))
        .stream().map(f -> f.origin().describe()).toList());
  }
}
