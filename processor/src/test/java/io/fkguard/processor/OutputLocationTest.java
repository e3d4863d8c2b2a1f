package io.fkguard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.testing.Expectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where schema.sql goes, and that a failing model writes nothing. */
class OutputLocationTest {
  private static String golden() throws IOException {
    return read("src/test/resources/golden/ddl/seed-final.sql");
  }

  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path), StandardCharsets.UTF_8);
  }

  @Test
  void withoutTheOptionTheDdlIsAClassOutputResource() throws IOException {
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/fkguard/schema.sql")
        .contentsAsUtf8String().isEqualTo(golden());
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/fkguard/schema.md")
        .contentsAsUtf8String().isEqualTo(read("src/test/resources/golden/output/seed-final.md"));
    // The constants land in the entities' package and compile with them (no last-round warning).
    assertThat(compilation).generatedSourceFile("catalog.Db").isNotNull();
  }

  @Test
  void theConstantsClassCanBeNamed() {
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constants=com.acme.schema.Names")
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.schema.Names").contentsAsUtf8String()
        .contains("public static final String PRODUCT_CATEGORY_SORT_ORDER_UK = \"product_category_sort_order_uk\";");
  }

  @Test
  void noneSwitchesTheConstantsOffAndKeepsEveryOtherOutput() throws IOException {
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constants=none")
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(0, compilation.generatedSourceFiles().size(), "no constants class");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/fkguard/schema.sql")
        .contentsAsUtf8String().isEqualTo(golden());
  }

  @Test
  void columnConstantsOnlyWithTheOption() {
    Compilation plain = javac().withProcessors(new FkguardProcessor())
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(plain).generatedSourceFile("catalog.Db").contentsAsUtf8String()
        .doesNotContain("COLUMN_");
    Compilation columns = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constantColumns=true")
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(columns).succeededWithoutWarnings();
    assertThat(columns).generatedSourceFile("catalog.Db").contentsAsUtf8String()
        .contains("public static final String COLUMN_CATEGORY_SORT_ORDER = \"category_sort_order\";");
  }

  @Test
  void aBadConstantColumnsValueIsAnErrorAndWritesNothing(@TempDir Path dir) {
    Path ddl = dir.resolve("schema.sql");
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constantColumns=yes", "-Afkguard.ddl=" + ddl)
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).hadErrorContaining("[fkguard] -Afkguard.constantColumns=yes is not valid:"
        + " use true or false");
    assertFalse(Files.exists(ddl), "nothing written: no schema.sql");
  }

  @Test
  void theOptionNamesTheCommittedFile(@TempDir Path dir) throws IOException {
    Path ddl = dir.resolve("db/schema.sql");
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.ddl=" + ddl)
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(golden(), Files.readString(ddl, StandardCharsets.UTF_8));
    assertEquals(read("src/test/resources/golden/output/seed-final.md"),
        Files.readString(dir.resolve("db/schema.md"), StandardCharsets.UTF_8));
  }

  @Test
  void aModelThatFailsItsChecksWritesNothing(@TempDir Path dir) {
    Path ddl = dir.resolve("schema.sql");
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.ddl=" + ddl)
        .compile(Expectations.sources("compile/seed_naive"));
    assertThat(compilation).failed();
    assertFalse(Files.exists(ddl), "a failing build must not overwrite the committed schema");
  }

  @Test
  void committedConstantsAreWrittenUnderTheSourceRootAndGeneratedOnlyUntilTheyExist(
      @TempDir Path dir) throws IOException {
    Path root = dir.resolve("src/main/java");
    Path committed = root.resolve("com/acme/Names.java");
    Compilation first = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constants=com.acme.Names", "-Afkguard.constantsDir=" + root)
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(first).succeededWithoutWarnings();
    String written = Files.readString(committed, StandardCharsets.UTF_8);
    // The first build compiles against the Filer's copy: the same text.
    assertThat(first).generatedSourceFile("com.acme.Names").contentsAsUtf8String().isEqualTo(written);

    // Later builds compile the committed file as a source: no second copy, nothing rewritten.
    var sources = new java.util.ArrayList<>(Expectations.sources("compile/seed_final"));
    sources.add(com.google.testing.compile.JavaFileObjects.forSourceString("com.acme.Names", written));
    Compilation second = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constants=com.acme.Names", "-Afkguard.constantsDir=" + root)
        .compile(sources);
    assertThat(second).succeededWithoutWarnings();
    assertEquals(java.util.Optional.empty(), second.generatedSourceFile("com.acme.Names"));
    assertEquals(written, Files.readString(committed, StandardCharsets.UTF_8));
  }

  @Test
  void verifyModeReportsStaleCommittedConstants(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("src/main/java");
    Path committed = root.resolve("com/acme/Names.java");
    Files.createDirectories(committed.getParent());
    String stale = "package com.acme;\n\npublic final class Names {\n}\n";
    Files.writeString(committed, stale);
    var sources = new java.util.ArrayList<>(Expectations.sources("compile/seed_final"));
    sources.add(com.google.testing.compile.JavaFileObjects.forSourceString("com.acme.Names", stale));
    Compilation verify = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.constants=com.acme.Names", "-Afkguard.constantsDir=" + root,
            "-Afkguard.mode=verify")
        .compile(sources);
    assertThat(verify).hadErrorContaining("[fkguard:StaleGeneratedFiles]");
    assertThat(verify).hadErrorContaining(committed.toAbsolutePath() + " is out of date");
    assertEquals(stale, Files.readString(committed, StandardCharsets.UTF_8), "verify writes nothing");
  }
}
