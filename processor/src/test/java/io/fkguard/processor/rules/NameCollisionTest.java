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

class NameCollisionTest {
  private final NameCollision rule = new NameCollision();

  private List<Finding> check(Table... tables) {
    return rule.check(schema(tables));
  }

  @Test
  void cleanSchemaGivesNothing() {
    Table product = table("product").pk("id")
        .unique("product_sku_key", "sku")
        .index("product_name_idx", "name")
        .manyToOne("category", "category", false, indexedBy("product_category_id_idx"))
        .add(new Index(null, List.of("x"), true, null, Index.Source.COLUMN_UNIQUE,
            member("product", "x")))
        .build();
    Table other = table("category").pk("id")
        .add(new Index(null, List.of("x"), true, null, Index.Source.COLUMN_UNIQUE,
            member("category", "x")))
        .build();
    assertEquals(List.of(), check(product, other));
  }

  @Test
  void indexNamedLikeAnotherTable() {
    Table category = table("category").pk("id").build();
    Table product = table("product").pk("id").index("category", "category_id").build();
    List<Finding> findings = check(product, category);
    Index index = product.index("category").orElseThrow();
    assertEquals(List.of(NameCollision.message("category", "index of table product", "category",
        "table category", null, "product_category_id_idx")), Fixtures.messages(findings));
    assertSame(index.origin(), findings.get(0).origin());
    assertEquals("\"category\" (index of table product) has the same name as \"category\" (table"
        + " category) in schema (default): tables, indexes and the indexes behind primary keys and"
        + " unique constraints share one namespace per schema, and PostgreSQL folds unquoted names"
        + " to lower case, so both are \"category\" and the second CREATE fails. Rename"
        + " \"category\" to e.g. \"product_category_id_idx\", a name no other table, index or"
        + " constraint of the schema uses.", findings.get(0).message());
  }

  @Test
  void namesCollideAfterFolding() {
    Table a = table("a").pk("id").index("Shared_Idx", "x").build();
    Table b = table("b").pk("id").unique("shared_IDX", "y").build();
    List<Finding> findings = check(a, b);
    assertEquals(List.of(NameCollision.message("shared_IDX", "unique constraint of table b",
        "Shared_Idx", "index of table a", null, "b_y_key")), Fixtures.messages(findings));
    assertTrue(findings.get(0).message().contains("so both are \"shared_idx\""));
  }

  @Test
  void namesCollideAfterTruncationToSixtyThreeBytes() {
    String common = "x".repeat(63);
    Table a = table("a").pk("id").index(common + "_a", "x").build();
    Table b = table("b").pk("id").index(common + "_b", "y").build();
    List<Finding> findings = check(a, b);
    assertEquals(List.of(NameCollision.message(common + "_b", "index of table b", common + "_a",
        "index of table a", null, "b_y_idx")), Fixtures.messages(findings));
    assertTrue(findings.get(0).message().contains("PostgreSQL folds unquoted names to lower case"
        + " and keeps only their first 63 bytes, so both are \"" + common + "\""));
  }

  @Test
  void multiByteTruncationCollision() {
    // 31 two-byte characters = 62 bytes; a further two-byte character no longer fits.
    String common = "é".repeat(31);
    Table a = table("a").pk("id").index(common + "ö", "x").build();
    Table b = table("b").pk("id").index(common + "ü", "y").build();
    assertEquals(List.of(NameCollision.message(common + "ü", "index of table b", common + "ö",
        "index of table a", null, "b_y_idx")), Fixtures.messages(check(a, b)));
    // Exactly 63 bytes against 64 bytes with the same first 63: one name in the database.
    Table c = table("c").pk("id").index(common + "a", "x").build();
    Table d = table("d").pk("id").index(common + "ab", "y").build();
    assertEquals(1, check(c, d).size());
    // 63 bytes each, differing in the last byte: distinct.
    Table e = table("e").pk("id").index(common + "b", "y").build();
    assertEquals(List.of(), check(c, e));
  }

  @Test
  void schemasSeparateNamespaces() {
    Table a = table("a").schema("sales").pk("id").index("shared_idx", "x").build();
    Table b = table("b").schema("billing").pk("id").index("shared_idx", "x").build();
    Table c = table("c").pk("id").index("shared_idx", "x").build();
    assertEquals(List.of(), check(a, b, c));
    Table d = table("d").schema("SALES").pk("id").index("SHARED_IDX", "x").build();
    // SALES.d sorts before sales.a, so sales.a is the later one.
    assertEquals(List.of(NameCollision.message("shared_idx", "index of table sales.a",
        "SHARED_IDX", "index of table SALES.d", "sales", "a_x_idx")),
        Fixtures.messages(check(a, d)));
  }

  @Test
  void explicitIndexClashingWithAPrimaryKeyIsTheOneToRename() {
    // The primary key is named after its table; whichever comes first, rename the index.
    Table a = table("a").pk("id").index("b_pkey", "x").build();
    Table b = table("b").pk("id").build();
    List<Finding> findings = check(a, b);
    assertEquals(List.of(NameCollision.message("b_pkey", "index of table a", "b_pkey",
        "primary-key index of table b", null, "a_x_idx")), Fixtures.messages(findings));
    assertSame(a.index("b_pkey").orElseThrow().origin(), findings.get(0).origin());

    Table c = table("c").pk("id").index("a_pkey", "x").build();
    assertEquals(List.of(NameCollision.message("a_pkey", "index of table c", "a_pkey",
        "primary-key index of table a", null, "c_x_idx")), Fixtures.messages(check(a, c)));
  }

  @Test
  void threeRelationsWithOneNameGiveTwoFindings() {
    Table a = table("a").pk("id").index("dup", "x").build();
    Table b = table("b").pk("id").index("dup", "x").build();
    Table c = table("c").pk("id").index("DUP", "x").build();
    assertEquals(List.of(
        NameCollision.message("dup", "index of table b", "dup", "index of table a", null,
            "b_x_idx"),
        NameCollision.message("DUP", "index of table c", "dup", "index of table a", null,
            "c_x_idx")), Fixtures.messages(check(a, b, c)));
  }

  @Test
  void oneIndexSeenTwiceIsNotACollision() {
    Index same = new Index("t_x_idx", List.of("x"), false, null, Index.Source.INDEX,
        member("t", null));
    assertEquals(List.of(), check(table("t").pk("id").add(same).add(same).build()));
  }

  @Test
  void indexedByNamingADeclaredIndexCreatesNothing() {
    Table t = table("product").pk("id").index("product_owner_idx", "owner_id")
        .manyToOne("owner", "users", false, indexedBy("product_owner_idx")).build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void twoDecisionsWithOneSubstitutedNameOnOneTableCollide() {
    // A mapped superclass with @PartialIndex(name = "{table}_user_idx") on both createdBy and
    // updatedBy. (A second @IndexedBy of that name would name the first one's index instead.)
    Table t = table("product").pk("id")
        .manyToOne("created_by", "users", true, partialIndex("product_user_idx", null))
        .manyToOne("updated_by", "users", true, partialIndex("product_user_idx", null))
        .build();
    List<Finding> findings = check(t);
    assertEquals(List.of(NameCollision.message("product_user_idx",
        "index of the decision on Product.updated_by of table product", "product_user_idx",
        "index of the decision on Product.created_by of table product", null,
        "product_updated_by_id_idx")), Fixtures.messages(findings));
    assertSame(t.indexes().get(2).origin(), findings.get(0).origin());
  }

  @Test
  void noSuggestionWhenTheUsualNameIsTaken() {
    Table a = table("a").pk("id").index("a_x_idx", "y").index("a_x_idx", "x").build();
    assertEquals(List.of(NameCollision.message("a_x_idx", "index of table a", "a_x_idx",
        "index of table a", null, null)), Fixtures.messages(check(a)));
    assertTrue(check(a).get(0).message().endsWith("Rename \"a_x_idx\" to a name no other table,"
        + " index or constraint of the schema uses."));
  }
}
