package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.coveredByUnique;
import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.notIndexed;
import static io.fkguard.processor.rules.Fixtures.partialIndex;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidIndexDeclarationTest {
  private final InvalidIndexDeclaration rule = new InvalidIndexDeclaration();

  private List<Finding> check(Table... tables) {
    return rule.check(schema(tables));
  }

  private static Table withPartial(String where) {
    return table("product").pk("id")
        .manyToOne("editor", "users", true, partialIndex("product_editor_idx", where)).build();
  }

  @Test
  void cleanSchemaGivesNothing() {
    Table t = table("product").pk("id")
        .index("product_name_idx", "name")
        .unique("product_sku$key", "sku")
        .manyToOne("created_by", "users", false, indexedBy("_product_created_by_idx"))
        .manyToOne("category", "category", false, notIndexed("12 rows, never deleted"))
        .manyToOne("editor", "users", true, partialIndex("product_editor_idx", ""))
        .manyToOne("owner", "users", true, partialIndex("produit_propriétaire_idx",
            "owner_id IS NOT NULL AND (note <> 'a;b -- c /* d' OR \"odd;col\" > 0)"))
        .manyToOne("shop", "shop", false, coveredByUnique("product_sku$key"))
        .build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void leftoverPlaceholderInDecisionName() {
    Table t = table("product").pk("id")
        .manyToOne("created_by", "users", false, indexedBy("{tabel}_created_by_idx")).build();
    List<Finding> findings = check(t);
    IndexDecision decision = t.foreignKeys().get(0).decisions().get(0);
    // One finding: the decision index carries the same name but is checked through the decision.
    assertEquals(List.of(InvalidIndexDeclaration.nameMessage("@IndexedBy on Product.created_by",
        "{tabel}_created_by_idx", "product_created_by_id_idx")), Fixtures.messages(findings));
    assertSame(decision.origin(), findings.get(0).origin());
    assertEquals("The name \"{tabel}_created_by_idx\" in @IndexedBy on Product.created_by is not a"
        + " plain PostgreSQL identifier (a letter or _, then letters, digits, _ or $), so it would"
        + " have to be quoted in every statement and the DDL fkguard writes would not match it."
        + " Only {table} (the physical table name) and {columns} (the foreign-key columns joined by"
        + " _) are replaced; any other {…} is left as written."
        + " Write a plain name such as \"product_created_by_id_idx\".", findings.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"product idx", "\"product_idx\"", "1_idx", "product-idx", ""})
  void notPlainNamesInDeclaredIndexesAndConstraints(String name) {
    Table t = table("product").pk("id").index(name, "a", "b").build();
    List<Finding> findings = check(t);
    assertEquals(List.of(InvalidIndexDeclaration.nameMessage("@Index on product", name,
        "product_a_b_idx")), Fixtures.messages(findings));
    assertSame(t.indexes().get(1).origin(), findings.get(0).origin());
    Table u = table("product").pk("id").unique(name, "sku").build();
    assertEquals(List.of(InvalidIndexDeclaration.nameMessage("@UniqueConstraint on product", name,
        "product_sku_key")), Fixtures.messages(check(u)));
  }

  @Test
  void coveredByUniqueAndPartialIndexNamesAreCheckedToo() {
    Table t = table("product").pk("id")
        .manyToOne("shop", "shop", false, coveredByUnique("{table_shop_key"))
        .manyToOne("editor", "users", true, partialIndex("editor idx", null))
        .build();
    assertEquals(List.of(
        InvalidIndexDeclaration.nameMessage("@CoveredByUnique on Product.shop", "{table_shop_key",
            "product_shop_id_idx"),
        InvalidIndexDeclaration.nameMessage("@PartialIndex on Product.editor", "editor idx",
            "product_editor_id_idx")), Fixtures.messages(check(t)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " \t\n"})
  void blankReason(String reason) {
    Table t = table("product").pk("id")
        .manyToOne("category", "category", false, notIndexed(reason)).build();
    List<Finding> findings = check(t);
    assertEquals(List.of(InvalidIndexDeclaration.reasonMessage("@NotIndexed on Product.category")),
        Fixtures.messages(findings));
    assertSame(t.foreignKeys().get(0).decisions().get(0).origin(), findings.get(0).origin());
    assertEquals("The reason of @NotIndexed on Product.category is blank, but a deliberately"
        + " unindexed foreign key needs one: without an index every delete or key update on the"
        + " referenced table scans this table. Say why that is acceptable, e.g. @NotIndexed(reason"
        + " = \"lookup table of 5 rows, never deleted from\").", findings.get(0).message());
  }

  @Test
  void missingReasonCountsAsBlank() {
    Table t = table("product").pk("id")
        .manyToOne("category", "category", false, notIndexed(null)).build();
    assertEquals(1, check(t).size());
  }

  @Test
  void badPredicates() {
    String[][] cases = {
        {"editor_id IS NOT NULL; DROP TABLE product",
            "it contains ';' outside a string literal, which would end the statement"},
        {"editor_id IS NOT NULL -- only editors",
            "it contains the comment start '--', which would hide the rest of the statement"},
        {"editor_id IS NOT NULL /* x */",
            "it contains the comment start '/*', which would hide the rest of the statement"},
        {"(editor_id IS NOT NULL", "a '(' is never closed"},
        {"editor_id IS NOT NULL)", "a ')' closes a parenthesis that was never opened"},
        {")editor_id IS NOT NULL(", "a ')' closes a parenthesis that was never opened"},
        {"status = 'open", "a string literal is not closed"},
        {"\"status = 'open'", "a quoted identifier is not closed"},
        {"   ", "it is blank"},
    };
    for (String[] c : cases) {
      Table t = withPartial(c[0]);
      List<Finding> findings = check(t);
      assertEquals(List.of(InvalidIndexDeclaration.whereMessage("@PartialIndex on Product.editor",
          c[0], c[1], "editor_id IS NOT NULL")), Fixtures.messages(findings), c[0]);
      assertSame(t.foreignKeys().get(0).decisions().get(0).origin(), findings.get(0).origin());
    }
    assertEquals("The where = \"x;\" of @PartialIndex on Product.editor is not one SQL expression:"
        + " it contains ';' outside a string literal, which would end the statement. fkguard"
        + " writes it verbatim after WHERE in CREATE INDEX, so write a single boolean expression"
        + " such as \"editor_id IS NOT NULL\", or leave where empty for that default.",
        check(withPartial("x;")).get(0).message());
  }

  @Test
  void goodPredicates() {
    for (String ok : new String[] {"", "editor_id IS NOT NULL", "note = 'it''s -- fine; really'",
        "(a > 0) AND ((b < 1))", "label = '(' ", "\"we;ird\" IS NOT NULL", "a - -1 > 0",
        "a / 2 > 0 AND b * 2 < 4"}) {
      assertNull(InvalidIndexDeclaration.predicateProblem(ok), ok);
      assertEquals(List.of(), check(withPartial(ok)), ok);
    }
  }

  @Test
  void multiColumnForeignKeyExample() {
    Table t = table("line").pk("id")
        .fk(io.fkguard.processor.model.ForeignKey.Source.MANY_TO_ONE, "order", "orders",
            List.of("order_no", "order_year"), true, partialIndex("line_order_idx", "x;"))
        .build();
    assertEquals(List.of(InvalidIndexDeclaration.whereMessage("@PartialIndex on Line.order", "x;",
        "it contains ';' outside a string literal, which would end the statement",
        "order_no IS NOT NULL AND order_year IS NOT NULL")), Fixtures.messages(check(t)));
  }

  @Test
  void misplacedDecisionsAreCheckedAfterTheTables() {
    Origin origin = member("product", "name").withAnnotation(
        IndexDecision.Kind.NOT_INDEXED.annotation(), null);
    Origin partialOrigin = member("product", "tags").withAnnotation(
        IndexDecision.Kind.PARTIAL_INDEX.annotation(), null);
    MisplacedDecision blank = new MisplacedDecision(
        new IndexDecision(IndexDecision.Kind.NOT_INDEXED, null, null, " ", origin), "product",
        "the basic column name");
    MisplacedDecision badPartial = new MisplacedDecision(
        new IndexDecision(IndexDecision.Kind.PARTIAL_INDEX, "tags idx", "a;", null, partialOrigin),
        "product", "the inverse side of a relationship (mappedBy = \"product\")");
    Table t = table("product").pk("id").index("bad name", "x").build();
    List<Finding> findings = rule.check(schema(List.of(blank, badPartial), t));
    assertEquals(List.of(
        InvalidIndexDeclaration.nameMessage("@Index on product", "bad name", "product_x_idx"),
        InvalidIndexDeclaration.reasonMessage("@NotIndexed on Product.name"),
        InvalidIndexDeclaration.nameMessage("@PartialIndex on Product.tags", "tags idx", null),
        InvalidIndexDeclaration.whereMessage("@PartialIndex on Product.tags", "a;",
            "it contains ';' outside a string literal, which would end the statement",
            "<column> IS NOT NULL")), Fixtures.messages(findings));
    assertSame(origin, findings.get(1).origin());
    assertEquals(true, findings.get(2).message().endsWith("Write a plain name."));
  }

  @Test
  void findingsFollowTableOrderThenIndexesThenForeignKeys() {
    Table b = table("b").pk("id")
        .manyToOne("x", "users", false, notIndexed(""))
        .index("b idx", "y")
        .build();
    Table a = table("a").pk("id").manyToOne("x", "users", false, indexedBy("a x")).build();
    assertEquals(List.of(
        InvalidIndexDeclaration.nameMessage("@IndexedBy on A.x", "a x", "a_x_id_idx"),
        InvalidIndexDeclaration.nameMessage("@Index on b", "b idx", "b_y_idx"),
        InvalidIndexDeclaration.reasonMessage("@NotIndexed on B.x")),
        Fixtures.messages(check(b, a)));
  }
}
