package io.fkguard.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.fkguard.processor.FkguardProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §3: Hibernate's own schema annotations in schema.sql, as Hibernate ORM 7.4 exports them
 * on PostgreSQL (db-tests' {@code hibernate} corpus holds the same against Hibernate's real export).
 */
class HibernateSchemaAnnotationsTest {
  @TempDir Path tmp;

  private static final JavaFileObject NOTE = JavaFileObjects.forSourceLines("app.Note",
      "package app;",
      "import jakarta.persistence.*;",
      "import org.hibernate.annotations.*;",
      "import org.hibernate.type.SqlTypes;",
      "@Entity",
      "@org.hibernate.annotations.Check(name = \"note_rank_positive\", constraints = \"rank > 0\")",
      "@org.hibernate.annotations.Check(constraints = \"title <> body\")",
      "public class Note {",
      "  @Id @UuidGenerator java.util.UUID id;",
      "  @TenantId String tenant;",
      "  String title;",
      "  @org.hibernate.annotations.Check(constraints = \"rank < 100\") Integer rank;",
      "  @Formula(\"upper(title)\") String shouted;",
      "  @CreationTimestamp java.time.Instant createdAt;",
      "  @UpdateTimestamp java.time.LocalDateTime updatedAt;",
      "  @Nationalized @Column(length = 40) String localTitle;",
      "  @JdbcTypeCode(SqlTypes.LONG32VARCHAR) String body;",
      "  @JdbcTypeCode(SqlTypes.LONGVARCHAR) String notes;",
      "  @JdbcTypeCode(SqlTypes.CHAR) @Column(length = 3) String iso;",
      "  @JdbcTypeCode(SqlTypes.VARCHAR) java.util.UUID token;",
      "  @JdbcTypeCode(SqlTypes.NUMERIC) Long counter;",
      "  @JdbcTypeCode(SqlTypes.DOUBLE) Float ratio;",
      "  @JdbcTypeCode(SqlTypes.JSON) java.util.Map<String, Object> attributes;",
      "  Cents price;",
      "  public record Cents(long value) {}",
      "  @Converter(autoApply = true)",
      "  public static class CentsConverter implements AttributeConverter<Cents, Long> {",
      "    public Long convertToDatabaseColumn(Cents c) { return c == null ? null : c.value(); }",
      "    public Cents convertToEntityAttribute(Long v) { return v == null ? null : new Cents(v); }",
      "  }",
      "}");

  private Compilation compile(Path ddl, JavaFileObject... sources) {
    return javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.ddl=" + ddl).compile(List.of(sources));
  }

  @Test
  void eachAnnotationGivesWhatHibernateExports() throws IOException {
    Path ddl = tmp.resolve("schema.sql");
    assertThat(compile(ddl, NOTE)).succeeded();
    String sql = Files.readString(ddl, StandardCharsets.UTF_8);
    assertThat(sql).contains("    id uuid not null,\n");
    assertThat(sql).contains("    tenant varchar(255) not null,\n");
    assertThat(sql).doesNotContain("shouted");
    assertThat(sql).contains("    created_at timestamp(6) with time zone not null,\n");
    assertThat(sql).contains("    updated_at timestamp(6) not null,\n");
    assertThat(sql).contains("    local_title varchar(40),\n");
    assertThat(sql).contains("    body text,\n");
    assertThat(sql).contains("    notes varchar(32600),\n");
    assertThat(sql).contains("    iso char(3),\n");
    assertThat(sql).contains("    token varchar(36),\n");
    assertThat(sql).contains("    counter numeric(19,0),\n");
    assertThat(sql).contains("    ratio real,\n");
    assertThat(sql).contains("    attributes jsonb,\n");
    assertThat(sql).contains("    price bigint,\n");
    assertThat(sql).contains("    constraint note_rank_positive check (rank > 0),\n");
    assertThat(sql).contains("    constraint note_check check (title <> body),\n");
    assertThat(sql).contains("    constraint note_rank_check check (rank < 100)");
  }

  @Test
  void aConverterThatIsNotAutoAppliedLeavesTheTypeUnknown() {
    JavaFileObject manual = JavaFileObjects.forSourceString("app.Note",
        source(NOTE).replace("@Converter(autoApply = true)", "@Converter"));
    Compilation compilation = compile(tmp.resolve("schema.sql"), manual);
    assertThat(compilation).hadErrorContaining("fkguard does not know how Hibernate stores app.Note.Cents");
  }

  @Test
  void anUnknownJdbcTypeCodeIsAMappingErrorAskingForTheColumnDefinition() {
    JavaFileObject xml = JavaFileObjects.forSourceLines("app.Page", "package app;",
        "import jakarta.persistence.*;",
        "@Entity public class Page {",
        "  @Id Long id;",
        "  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.SQLXML) String markup;",
        "}");
    assertThat(compile(tmp.resolve("schema.sql"), xml)).hadErrorContaining(
        "fkguard does not know the column type Hibernate gives @JdbcTypeCode(2009) on java.lang.String "
            + "markup on PostgreSQL; add @Column(columnDefinition = \"<sql type>\")");
  }

  @Test
  void aCheckOnARelationshipIsAMappingErrorThatPointsToTheClass() {
    JavaFileObject child = JavaFileObjects.forSourceLines("app.Child", "package app;",
        "import jakarta.persistence.*;",
        "@Entity public class Child {",
        "  @Id Long id;",
        "  @io.fkguard.annotations.NotIndexed(reason = \"test\")",
        "  @org.hibernate.annotations.Check(constraints = \"parent_id > 0\") @ManyToOne Child parent;",
        "}");
    assertThat(compile(tmp.resolve("schema.sql"), child)).hadErrorContaining(
        "not on parent, which is not one column; move it to the class");
  }

  @Test
  void softDeleteAddsTheFlagColumnHibernateAdds() throws IOException {
    JavaFileObject flagged = JavaFileObjects.forSourceLines("app.Post", "package app;",
        "import jakarta.persistence.*;",
        "@Entity @org.hibernate.annotations.SoftDelete public class Post { @Id Long id; }");
    JavaFileObject active = JavaFileObjects.forSourceLines("app.Topic", "package app;",
        "import jakarta.persistence.*;",
        "@Entity @org.hibernate.annotations.SoftDelete(columnName = \"isLive\","
            + " strategy = org.hibernate.annotations.SoftDeleteType.ACTIVE)",
        "public class Topic { @Id Long id; }");
    JavaFileObject dated = JavaFileObjects.forSourceLines("app.Reply", "package app;",
        "import jakarta.persistence.*;",
        "@Entity @org.hibernate.annotations.SoftDelete("
            + "strategy = org.hibernate.annotations.SoftDeleteType.TIMESTAMP)",
        "public class Reply { @Id Long id; }");
    Path ddl = tmp.resolve("schema.sql");
    assertThat(compile(ddl, flagged, active, dated)).succeeded();
    String sql = Files.readString(ddl, StandardCharsets.UTF_8);
    assertThat(sql).contains("    deleted boolean not null,\n    constraint post_pkey");
    assertThat(sql).contains("    is_live boolean not null,\n    constraint topic_pkey");
    assertThat(sql).contains("    deleted timestamp(6) with time zone,\n    constraint reply_pkey");
  }

  @Test
  void softDeleteWithAConverterIsAMappingError() {
    JavaFileObject yesNo = JavaFileObjects.forSourceLines("app.Post", "package app;",
        "import jakarta.persistence.*;",
        "@Entity @org.hibernate.annotations.SoftDelete("
            + "converter = org.hibernate.type.YesNoConverter.class)",
        "public class Post { @Id Long id; }");
    assertThat(compile(tmp.resolve("schema.sql"), yesNo)).hadErrorContaining(
        "fkguard does not map @SoftDelete(converter = ...) yet");
  }

  private static String source(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
