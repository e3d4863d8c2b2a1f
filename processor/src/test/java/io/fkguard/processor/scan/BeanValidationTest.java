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
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §2: Bean Validation constraints in schema.sql, as Hibernate ORM 7.4 applies them with
 * Hibernate Validator present (db-tests' CatalogComparisonTest holds the same against Hibernate's
 * real export). On by default when Hibernate Validator is on the class path; this module's test
 * class path has the Jakarta Validation API but not Hibernate Validator, so a stub of its
 * {@code HibernateValidator} class stands for "present".
 */
class BeanValidationTest {
  @TempDir Path tmp;

  private static final JavaFileObject PERSON = JavaFileObjects.forSourceLines("app.Person",
      "package app;",
      "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "@Entity public class Person {",
      "  public interface Audit {}",
      "  @Id Long id;",
      "  @NotBlank @Size(max = 80) String name;",
      "  @NotNull(groups = Audit.class) @Size(max = 9, groups = Audit.class) String audited;",
      "  @NotNull(groups = {Audit.class, jakarta.validation.groups.Default.class}) String either;",
      "  @Size.List({@Size(max = 30), @Size(max = 20)}) String code;",
      "  @Min(0) @Max(150) Integer age;",
      "  @Digits(integer = 6, fraction = 2) java.math.BigDecimal balance;",
      "  @DecimalMin(\"1\") @Positive Integer plain;",
      "  @Size(max = 5) @ElementCollection java.util.List<String> tags;",
      "  String nick;",
      "  /** Bean Validation reads the getter even when JPA reads the fields. */",
      "  @NotNull @Size(max = 12) public String getNick() { return nick; }",
      "}");

  /** Only its presence matters: it is the type fkguard looks for. */
  private static final JavaFileObject HIBERNATE_VALIDATOR = JavaFileObjects.forSourceLines(
      "org.hibernate.validator.HibernateValidator",
      "package org.hibernate.validator;", "public class HibernateValidator {}");

  private String schema(List<JavaFileObject> sources, String... options) throws IOException {
    Path ddl = tmp.resolve("schema.sql");
    // The element collection's key is not what this test is about.
    List<String> all = new ArrayList<>(List.of("-Afkguard.ddl=" + ddl,
        "-Afkguard.ForeignKeyWithoutIndexDecision=off"));
    all.addAll(List.of(options));
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions(all.toArray()).compile(sources);
    assertThat(compilation).succeeded();
    return Files.readString(ddl, StandardCharsets.UTF_8);
  }

  @Test
  void withHibernateValidatorOnTheClassPathTheConstraintsAreInTheSchema() throws IOException {
    String sql = schema(List.of(PERSON, HIBERNATE_VALIDATOR));
    assertThat(sql).contains("    name varchar(80) not null,\n");
    assertThat(sql).contains("    audited varchar(255),\n");
    assertThat(sql).contains("    either varchar(255) not null,\n");
    assertThat(sql).contains("    code varchar(20),\n");
    assertThat(sql).contains("    balance numeric(8,2),\n");
    assertThat(sql).contains("    plain integer,\n");
    assertThat(sql).contains("    nick varchar(12) not null,\n");
    assertThat(sql).contains("constraint person_age_range check (age>=0 and age<=150)");
    assertThat(sql).doesNotContain("plain>=");
    // A collection's @Size is about its elements' count, not a column.
    assertThat(sql).contains("    tags varchar(255)");
  }

  @Test
  void withoutHibernateValidatorTheyAreNot() throws IOException {
    String sql = schema(List.of(PERSON));
    assertThat(sql).contains("    name varchar(255),\n");
    assertThat(sql).doesNotContain("check (age");
  }

  @Test
  void theOptionForcesEitherWay() throws IOException {
    assertThat(schema(List.of(PERSON), "-Afkguard.beanValidation=ddl"))
        .contains("    name varchar(80) not null,\n");
    assertThat(schema(List.of(PERSON, HIBERNATE_VALIDATOR), "-Afkguard.beanValidation=none"))
        .contains("    name varchar(255),\n");
  }

  /**
   * A constraint whose annotation type is TYPE_USE only is no declaration annotation: javac puts
   * it on the field's type. Hibernate Validator's {@code @Length} is stubbed that way here (it is
   * not on this module's class path), so the test reads it from the type.
   */
  @Test
  void aTypeUseOnlyConstraintIsReadFromTheType() throws IOException {
    JavaFileObject length = JavaFileObjects.forSourceLines("org.hibernate.validator.constraints.Length",
        "package org.hibernate.validator.constraints;",
        "import java.lang.annotation.*;",
        "@Target(ElementType.TYPE_USE) @Retention(RetentionPolicy.RUNTIME)",
        "public @interface Length { int min() default 0; int max() default Integer.MAX_VALUE;",
        "  Class<?>[] groups() default {}; }");
    JavaFileObject tag = JavaFileObjects.forSourceLines("app.Tag", "package app;",
        "import jakarta.persistence.*;",
        "@Entity public class Tag {",
        "  @Id Long id;",
        "  @org.hibernate.validator.constraints.Length(max = 16) String label;",
        "}");
    assertThat(schema(List.of(tag, length), "-Afkguard.beanValidation=ddl"))
        .contains("    label varchar(16),\n");
  }

  /** Hibernate applies the constraints a composed one is made of, with @OverridesAttribute values. */
  @Test
  void aComposedConstraintAppliesWhatComposesIt() throws IOException {
    JavaFileObject code = JavaFileObjects.forSourceLines("app.Code", "package app;",
        "import jakarta.validation.*;",
        "import jakarta.validation.constraints.*;",
        "import java.lang.annotation.*;",
        "@NotNull @Size(max = 12) @Min(3) @Constraint(validatedBy = {})",
        "@Target({ElementType.FIELD, ElementType.METHOD}) @Retention(RetentionPolicy.RUNTIME)",
        "public @interface Code {",
        "  String message() default \"bad\"; Class<?>[] groups() default {};",
        "  Class<? extends Payload>[] payload() default {};",
        "  @OverridesAttribute(constraint = Size.class, name = \"max\") int length() default 12;",
        "}");
    JavaFileObject part = JavaFileObjects.forSourceLines("app.Part", "package app;",
        "import jakarta.persistence.*;",
        "@Entity public class Part {",
        "  @Id Long id;",
        "  @Code String code;",
        "  @Code(length = 5) String shortCode;",
        "  @Code(groups = Part.class) String other;",
        "}");
    String sql = schema(List.of(code, part), "-Afkguard.beanValidation=ddl");
    assertThat(sql).contains("    code varchar(12) not null,\n");
    assertThat(sql).contains("    short_code varchar(5) not null,\n");
    assertThat(sql).contains("    other varchar(255),\n");
    assertThat(sql).contains("check (code>=3)");
  }
}
