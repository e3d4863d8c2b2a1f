package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImplicitIndexTest {
  private final ImplicitIndex rule = new ImplicitIndex();

  private static Index unnamed(Index.Source source, boolean unique, Origin origin,
      String... cols) {
    return new Index(null, List.of(cols), unique, null, source, origin);
  }

  private Finding only(Table table) {
    List<Finding> findings = rule.check(schema(table));
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }

  @Test
  void cleanSchemaGivesNothing() {
    Schema clean = schema(
        table("product").pk("id")
            .unique("product_category_id_sort_order_key", "category_id", "sort_order")
            .index("product_name_idx", "name")
            .manyToOne("created_by", "users", false, Fixtures.indexedBy("product_created_by_idx"))
            .build(),
        table("category").pk("id").build());
    assertEquals(List.of(), rule.check(clean));
  }

  @Test
  void primaryKeyIsNeverReported() {
    // Even an unnamed primary key: PostgreSQL's <table>_pkey is predictable.
    Table t = table("product")
        .add(new Index(null, List.of("id"), true, null, Index.Source.PRIMARY_KEY, null)).build();
    assertEquals(List.of(), rule.check(schema(t)));
  }

  @Test
  void unnamedUniqueConstraintLikeDjangosUniqueTogether() {
    Origin origin = member("product", null);
    Index index = unnamed(Index.Source.UNIQUE_CONSTRAINT, true, origin, "category_id",
        "sort_order");
    Table t = table("product").pk("id").add(index).build();
    Finding finding = only(t);
    assertEquals(ImplicitIndex.message(t, index), finding.message());
    assertEquals(origin, finding.origin());
    assertEquals(ImplicitIndex.INFO, finding.rule());
    assertEquals("A @UniqueConstraint without a name on Product creates a unique index on product"
        + " (category_id, sort_order) whose name nobody chose: Hibernate either leaves the unique"
        + " key unnamed, so PostgreSQL calls it product_category_id_sort_order_key, or invents a"
        + " hashed UK… name, so migrations, DROP INDEX and @IndexedBy/@CoveredByUnique cannot"
        + " refer to it reliably. Instead, write @Table(uniqueConstraints = @UniqueConstraint("
        + "name = \"product_category_id_sort_order_key\", columnNames = {\"category_id\","
        + " \"sort_order\"})).", finding.message());
  }

  @Test
  void unnamedIndexSuggestsNamedIndexWithIdxSuffix() {
    Index index = unnamed(Index.Source.INDEX, false, member("product", null), "name");
    Table t = table("product").pk("id").add(index).build();
    String message = only(t).message();
    assertEquals(ImplicitIndex.message(t, index), message);
    assertTrue(message.startsWith("An @Index without a name on Product creates an index on"
        + " product (name) whose name nobody chose: Hibernate invents a hashed name for it"
        + " (PostgreSQL itself would call it product_name_idx)"), message);
    assertTrue(message.endsWith("Instead, write @Table(indexes = @Index(name ="
        + " \"product_name_idx\", columnList = \"name\"))."), message);
  }

  @Test
  void unnamedUniqueIndexKeepsUniqueTrueAndIdxSuffix() {
    Index index = unnamed(Index.Source.INDEX, true, member("product", null), "sku", "shop_id");
    String message = only(table("product").pk("id").add(index).build()).message();
    assertTrue(message.contains("a unique index on product (sku, shop_id)"), message);
    assertTrue(message.endsWith("write @Table(indexes = @Index(name = \"product_sku_shop_id_idx\","
        + " columnList = \"sku, shop_id\", unique = true))."), message);
  }

  @Test
  void columnUniqueSaysDropUniqueTrue() {
    Origin origin = member("product", "sku");
    Index index = unnamed(Index.Source.COLUMN_UNIQUE, true, origin, "sku");
    Table t = table("product").pk("id").add(index).build();
    Finding finding = only(t);
    assertEquals(origin, finding.origin());
    assertTrue(finding.message().startsWith("@Column(unique = true) on Product.sku creates a"
        + " unique index on product (sku)"), finding.message());
    assertTrue(finding.message().endsWith("Instead, drop unique = true from the @Column and write"
        + " @Table(uniqueConstraints = @UniqueConstraint(name = \"product_sku_key\","
        + " columnNames = {\"sku\"}))."), finding.message());
  }

  @Test
  void joinColumnUniqueSaysDropUniqueTrueFromJoinColumn() {
    Index index = unnamed(Index.Source.JOIN_COLUMN_UNIQUE, true, member("profile", "owner"),
        "owner_id");
    String message = only(table("profile").pk("id").add(index).build()).message();
    assertTrue(message.startsWith("@JoinColumn(unique = true) on Profile.owner creates"), message);
    assertTrue(message.contains("drop unique = true from the @JoinColumn and write @Table("
        + "uniqueConstraints = @UniqueConstraint(name = \"profile_owner_id_key\""), message);
  }

  @Test
  void oneToOneAndNaturalIdExplainHibernatesUnnamedKey() {
    Index oneToOne = unnamed(Index.Source.ONE_TO_ONE, true, member("passport", "person"),
        "person_id");
    Index naturalId = unnamed(Index.Source.NATURAL_ID, true, member("passport", "number"),
        "number");
    Table t = table("passport").pk("id").add(oneToOne).add(naturalId).build();
    List<Finding> findings = rule.check(schema(t));
    assertEquals(List.of(ImplicitIndex.message(t, oneToOne), ImplicitIndex.message(t, naturalId)),
        Fixtures.messages(findings));
    assertTrue(findings.get(0).message().startsWith("The owning @OneToOne on Passport.person"
        + " (Hibernate adds an unnamed unique key) creates a unique index on passport"
        + " (person_id)"));
    assertTrue(findings.get(1).message().startsWith("Hibernate's @NaturalId on Passport.number"
        + " (Hibernate adds an unnamed unique key)"));
    assertTrue(findings.get(1).message().endsWith("write @Table(uniqueConstraints ="
        + " @UniqueConstraint(name = \"passport_number_key\", columnNames = {\"number\"}))."));
  }

  @Test
  void joinAndCollectionTablesUseTheirOwnAnnotation() {
    Index join = unnamed(Index.Source.UNIQUE_CONSTRAINT, true, member("product", "tags"),
        "product_id", "tag_id");
    Table joinTable = table("product_tag").kind(Table.Kind.JOIN_TABLE).add(join).build();
    assertTrue(only(joinTable).message().contains("Instead, write @JoinTable(uniqueConstraints ="
        + " @UniqueConstraint(name = \"product_tag_product_id_tag_id_key\""));
    Index coll = unnamed(Index.Source.INDEX, false, member("product", "labels"), "product_id");
    Table collTable = table("product_labels").kind(Table.Kind.COLLECTION_TABLE).add(coll).build();
    assertTrue(only(collTable).message().contains("Instead, write @CollectionTable(indexes ="
        + " @Index(name = \"product_labels_product_id_idx\""));
  }

  @Test
  void schemaQualifiedTableNameInMessageButNotInInventedName() {
    Index index = unnamed(Index.Source.COLUMN_UNIQUE, true, member("product", "sku"), "sku");
    String message = only(table("product").schema("shop").pk("id").add(index).build()).message();
    assertTrue(message.contains("on shop.product (sku)"), message);
    assertTrue(message.contains("name = \"product_sku_key\""), message);
  }

  @Test
  void findingsFollowTableThenDeclarationOrder() {
    Index b1 = unnamed(Index.Source.INDEX, false, member("b", null), "x");
    Index b2 = unnamed(Index.Source.COLUMN_UNIQUE, true, member("b", "y"), "y");
    Index a1 = unnamed(Index.Source.INDEX, false, member("a", null), "z");
    Table b = table("b").pk("id").add(b1).index("b_named_idx", "w").add(b2).build();
    Table a = table("a").pk("id").add(a1).build();
    assertEquals(List.of(ImplicitIndex.message(a, a1), ImplicitIndex.message(b, b1),
        ImplicitIndex.message(b, b2)), Fixtures.messages(rule.check(schema(b, a))));
  }
}
