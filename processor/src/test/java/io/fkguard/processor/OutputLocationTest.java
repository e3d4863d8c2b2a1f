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
    return Files.readString(Path.of("src/test/resources/golden/ddl/seed-final.sql"), StandardCharsets.UTF_8);
  }

  @Test
  void withoutTheOptionTheDdlIsAClassOutputResource() throws IOException {
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/fkguard/schema.sql")
        .contentsAsUtf8String().isEqualTo(golden());
  }

  @Test
  void theOptionNamesTheCommittedFile(@TempDir Path dir) throws IOException {
    Path ddl = dir.resolve("db/schema.sql");
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.ddl=" + ddl)
        .compile(Expectations.sources("compile/seed_final"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(golden(), Files.readString(ddl, StandardCharsets.UTF_8));
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
}
