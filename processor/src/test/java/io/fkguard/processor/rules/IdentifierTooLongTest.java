package io.fkguard.processor.rules;

import static io.fkguard.processor.rules.Fixtures.indexedBy;
import static io.fkguard.processor.rules.Fixtures.member;
import static io.fkguard.processor.rules.Fixtures.schema;
import static io.fkguard.processor.rules.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTooLongTest {
  private final IdentifierTooLong rule = new IdentifierTooLong();

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  private List<Finding> check(Table... tables) {
    return rule.check(schema(tables));
  }

  @Test
  void cleanSchemaGivesNothing() {
    String exactly63 = repeat("a", 63);
    Table t = table(exactly63).pk("id").column(exactly63.replace('a', 'c'), true)
        .index(exactly63.replace('a', 'i'), "id").build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void tableNameOfSixtyFourBytes() {
    String name = repeat("t", 64);
    Table t = table(name).pk("id").build();
    List<Finding> findings = check(t);
    assertEquals(1, findings.size(), findings.toString());
    assertSame(t.origin(), findings.get(0).origin());
    assertEquals(IdentifierTooLong.message("Table name", name, "@Table(name = ...)"),
        findings.get(0).message());
    assertEquals("Table name \"" + name + "\" is 64 bytes long in UTF-8; PostgreSQL keeps only 63"
        + " bytes and silently truncates it to \"" + repeat("t", 63) + "\", so the name in the"
        + " database differs from the one in the code. Choose a name of at most 63 bytes in"
        + " @Table(name = ...).", findings.get(0).message());
  }

  @Test
  void twoByteCharactersCountTwiceAndAreNeverSplit() {
    String ok = repeat("é", 31) + "a";       // 63 bytes, 32 chars
    String tooLong = repeat("é", 32);         // 64 bytes, 32 chars
    assertEquals(63, Identifiers.utf8Length(ok));
    assertEquals(List.of(), check(table("t").pk("id").column(ok, true).build()));
    Table t = table("t").pk("id").column(tooLong, true).build();
    List<Finding> findings = check(t);
    assertEquals(1, findings.size());
    assertSame(t.column(tooLong).orElseThrow().origin(), findings.get(0).origin());
    assertEquals(repeat("é", 31), Identifiers.truncate(tooLong));
    assertEquals(IdentifierTooLong.message("Column name in table t", tooLong,
        "@Column(name = ...) or @JoinColumn(name = ...)"), findings.get(0).message());
    assertEquals(true, findings.get(0).message().contains("is 64 bytes long in UTF-8; PostgreSQL"
        + " keeps only 63 bytes and silently truncates it to \"" + repeat("é", 31) + "\""));
  }

  @Test
  void threeAndFourByteCharacters() {
    assertEquals(List.of(), check(table("t").pk("id").column(repeat("日", 21), true).build()));
    assertEquals(1, check(table("t").pk("id").column(repeat("日", 22), true).build()).size());
    // 62 ASCII bytes + one 3-byte character: the character does not fit and is dropped whole.
    assertEquals(repeat("x", 62), Identifiers.truncate(repeat("x", 62) + "日"));
    String emoji = repeat("\uD83D\uDE00", 16); // 64 bytes, surrogate pairs
    assertEquals(repeat("\uD83D\uDE00", 15), Identifiers.truncate(emoji));
    assertEquals(1, check(table("t").pk("id").column(emoji, true).build()).size());
  }

  @Test
  void indexUniqueConstraintAndDecisionNames() {
    String index = "Product_" + repeat("i", 56);
    String unique = repeat("u", 64);
    String decision = repeat("d", 70);
    Table t = table("product").pk("id")
        .index(index, "id")
        .unique(unique, "id")
        .manyToOne("owner", "users", false, indexedBy(decision))
        .build();
    List<Finding> findings = check(t);
    assertEquals(List.of(
        IdentifierTooLong.message("Index name on product", index, "@Index(name = ...)"),
        IdentifierTooLong.message("Unique constraint name on product", unique,
            "@UniqueConstraint(name = ...)"),
        IdentifierTooLong.message("Index name of the decision on product", decision,
            "the name in the decision annotation (mind what {table} expands to)")),
        Fixtures.messages(findings));
    assertSame(t.index(decision).orElseThrow().origin(), findings.get(2).origin());
    // PostgreSQL folds before it truncates.
    assertEquals(true, findings.get(0).message().contains("truncates it to \"product_"
        + repeat("i", 55) + "\""), findings.get(0).message());
  }

  @Test
  void explicitForeignKeyName() {
    Table built = table("product").pk("id").manyToOne("owner", "users", false).build();
    ForeignKey fk = built.foreignKeys().get(0);
    String name = repeat("f", 64);
    ForeignKey named = new ForeignKey(name, fk.columns(), fk.targetTable(), fk.targetColumns(),
        fk.nullable(), fk.source(), fk.decisions(), fk.origin());
    Table t = new Table(null, "product", built.kind(), built.columns(), built.primaryKey(),
        built.indexes(), List.of(named), built.origin());
    List<Finding> findings = check(t);
    assertEquals(List.of(IdentifierTooLong.message("Foreign key name on product", name,
        "@ForeignKey(name = ...)")), Fixtures.messages(findings));
    assertSame(fk.origin(), findings.get(0).origin());
  }

  @Test
  void primaryKeyNameAndUnnamedIndexesAreNotReported() {
    String sixty = repeat("p", 60); // <table>_pkey is 65 bytes: PostgreSQL shortens it itself
    Table t = table(sixty).pk("id")
        .add(new Index(null, List.of(repeat("c", 40), repeat("d", 40)), true, null,
            Index.Source.UNIQUE_CONSTRAINT, member(sixty, null)))
        .build();
    assertEquals(List.of(), check(t));
  }

  @Test
  void findingsFollowTableThenColumnsIndexesForeignKeys() {
    String longName = repeat("n", 64);
    Table b = table("b").pk("id").index(longName, "id").column(longName, true).build();
    Table a = table("a" + longName).pk("id").build();
    List<String> messages = Fixtures.messages(check(b, a));
    assertEquals(List.of(
        IdentifierTooLong.message("Table name", "a" + longName, "@Table(name = ...)"),
        IdentifierTooLong.message("Column name in table b", longName,
            "@Column(name = ...) or @JoinColumn(name = ...)"),
        IdentifierTooLong.message("Index name on b", longName, "@Index(name = ...)")), messages);
  }

  @Test
  void schemaQualifiedTableInMessage() {
    String longName = repeat("n", 64);
    Table t = table("t").schema("shop").pk("id").index(longName, "id").build();
    assertEquals(List.of(IdentifierTooLong.message("Index name on shop.t", longName,
        "@Index(name = ...)")), Fixtures.messages(check(t)));
  }
}
