package io.fkguard.processor.ddl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.catalog.PostgresTypes;
import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Sequence;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.testing.Expectations;
import io.fkguard.processor.testing.Golden;
import io.fkguard.processor.testing.ModelCapture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresDdlTest {
  private static Schema scan(List<JavaFileObject> sources, String naming) {
    ModelCapture capture = new ModelCapture(naming);
    assertThat(javac().withProcessors(capture).compile(sources)).succeeded();
    return capture.schema;
  }

  @ParameterizedTest
  @ValueSource(strings = {"spring", "jpa"})
  void mappingCorpusDdl(String naming) {
    Schema schema = scan(Expectations.sources("model/mapping"), naming);
    Golden.assertMatches("ddl/mapping-" + naming + ".sql", PostgresDdl.write(Catalog.of(schema)));
  }

  @Test
  void seedCatalogDdl() {
    Golden.assertMatches("ddl/seed-final.sql",
        PostgresDdl.write(Catalog.of(scan(Expectations.sources("compile/seed_final"), "spring"))));
  }

  @Test
  void convertedAttributesTakeTheConvertersDatabaseType() {
    String ddl = PostgresDdl.write(Catalog.of(scan(Expectations.sources("model/converters"), "spring")));
    assertTrue(ddl.contains("    total bigint,\n"), ddl);
    assertTrue(ddl.contains("    attributes jsonb,\n"), ddl);
    assertTrue(ddl.contains("    rounded numeric(19,0),\n"), ddl);
  }

  @Test
  void anyInputOrderGivesByteIdenticalDdl() {
    List<JavaFileObject> sources = new ArrayList<>(Expectations.sources("model/mapping"));
    String reference = PostgresDdl.write(Catalog.of(scan(sources, "spring")));
    Random random = new Random(42);
    for (int i = 0; i < 3; i++) {
      Collections.shuffle(sources, random);
      assertEquals(reference, PostgresDdl.write(Catalog.of(scan(sources, "spring"))));
    }
    assertTrue(reference.endsWith(";\n") && !reference.contains("\r"), "\\n line ends, trailing newline");
  }

  @Test
  void phasesComeInDependencyOrder() {
    String ddl = PostgresDdl.write(Catalog.of(scan(Expectations.sources("model/mapping"), "spring")));
    int sequences = ddl.indexOf("\n-- Sequences\n");
    int tables = ddl.indexOf("\n-- Tables\n");
    int uniques = ddl.indexOf("\n-- Unique constraints\n");
    int indexes = ddl.indexOf("\n-- Indexes\n");
    int foreignKeys = ddl.indexOf("\n-- Foreign keys\n");
    assertTrue(0 < sequences && sequences < tables && tables < uniques && uniques < indexes
        && indexes < foreignKeys, ddl);
  }

  @Test
  void enumsGetHibernatesCheckConstraints() {
    Origin o = Origin.ofType("app.Order");
    Column string = new Column("status", "app.Status", false, 16, 0, 0, null, false, "STRING", false,
        List.of("NEW", "PAID"), null, null, o);
    Column ordinal = new Column("previous", "app.Status", true, 255, 0, 0, null, false, "ORDINAL",
        false, List.of("NEW", "PAID", "SHIPPED"), null, null, o);
    assertEquals("varchar(16)", PostgresTypes.of(string).orElseThrow());
    assertEquals("status in ('NEW','PAID')", PostgresTypes.check(string).orElseThrow());
    assertEquals("smallint", PostgresTypes.of(ordinal).orElseThrow());
    assertEquals("previous between 0 and 2", PostgresTypes.check(ordinal).orElseThrow());
  }

  @Test
  void typesFollowHibernateOnPostgres() {
    assertEquals("numeric(38,2)", type("java.math.BigDecimal", 0, 0, false, null));
    assertEquals("numeric(12,2)", type("java.math.BigDecimal", 12, 2, false, null));
    assertEquals("oid", type("java.lang.String", 0, 0, true, null));
    assertEquals("text", type("java.lang.String", 0, 0, false, "text"));
    assertEquals("timestamp(6) with time zone", type("java.time.Instant", 0, 0, false, null));
    assertEquals("uuid", type("java.util.UUID", 0, 0, false, null));
  }

  /** Past PostgreSQL's varchar limit Hibernate's dialect writes text (seen in DSpace: length = Integer.MAX_VALUE). */
  @Test
  void aStringLongerThanVarcharAllowsIsText() {
    Origin o = Origin.ofType("x.Y");
    assertEquals("text", PostgresTypes.of(new Column("c", "java.lang.String", true, Integer.MAX_VALUE, 0, 0,
        null, false, null, false, List.of(), null, null, o)).orElseThrow());
    assertEquals("varchar(10485760)", PostgresTypes.of(new Column("c", "java.lang.String", true, 10_485_760,
        0, 0, null, false, null, false, List.of(), null, null, o)).orElseThrow());
  }

  private static String type(String javaType, int precision, int scale, boolean lob, String definition) {
    return PostgresTypes.of(new Column("c", javaType, true, 255, precision, scale, definition, lob,
        null, false, List.of(), null, null, Origin.ofType("x.Y"))).orElseThrow();
  }

  @Test
  void notIndexedReasonIsWrittenBesideItsForeignKey() {
    Origin o = Origin.ofMember("app.Customer", "app.Customer", "country");
    Table table = new Table(null, "customer", Table.Kind.ENTITY,
        List.of(Column.simple("id", "long", false, o), Column.simple("country_id", "short", true, o)),
        List.of("id"), List.of(), List.of(new ForeignKey(null, List.of("country_id"), "country",
            List.of("id"), true, ForeignKey.Source.MANY_TO_ONE,
            List.of(new io.fkguard.processor.model.IndexDecision(
                io.fkguard.processor.model.IndexDecision.Kind.NOT_INDEXED, null, null,
                "two hundred rows,\n never deleted", o)), o)), o);
    String ddl = PostgresDdl.write(Catalog.of(new Schema(List.of(table), List.of(),
        List.of(new Sequence(null, "customer_seq", 1, 50, o)))));
    assertTrue(ddl.contains("-- not indexed on purpose: two hundred rows, never deleted\n"
        + "alter table customer add constraint customer_country_id_fkey foreign key (country_id)"
        + " references country (id);\n"), ddl);
    assertTrue(ddl.contains("create sequence customer_seq start with 1 increment by 50;\n"), ddl);
  }
}
