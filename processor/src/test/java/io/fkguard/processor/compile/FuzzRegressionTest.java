package io.fkguard.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.fkguard.processor.FkguardProcessor;
import io.fkguard.processor.testing.Expectations;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Bugs the fuzz test in db-tests found, each reduced to a few lines: every one is now a clear
 * MappingError on the element to fix, where it used to be an InternalError or a schema.sql
 * PostgreSQL rejects.
 */
class FuzzRegressionTest {

  @Test
  void cyclesBadSizesUnknownReferencesAndDuplicateNamesAreMappingErrors() {
    Compilation compilation = Expectations.check("compile/fuzz_regressions");
    assertThat(compilation).failed();
  }

  @Test
  void aSequenceCutToTheNameOfItsTableIsANameCollision() {
    assertThat(Expectations.check("compile/fuzz_regressions_long", "-Afkguard.IdentifierTooLong=warning"))
        .failed();
  }

  /**
   * A bad option used to surface as an InternalError ("a bug in fkguard"). It is one clear error
   * now, without a position: it belongs to the build's configuration, not to any entity.
   */
  @Test
  void aBadNamingOptionIsOneClearErrorWithoutAPosition() {
    Compilation compilation = javac().withProcessors(new FkguardProcessor())
        .withOptions("-Afkguard.naming=bogus")
        .compile(JavaFileObjects.forSourceLines("app.Thing", "package app;",
            "@jakarta.persistence.Entity public class Thing {", "  @jakarta.persistence.Id Long id;", "}"));
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[fkguard")).collect(Collectors.toList());
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("[fkguard] -Afkguard.naming=bogus is not valid: use spring or jpa",
        errors.get(0).getMessage(Locale.ROOT));
    assertTrue(errors.get(0).getSource() == null, "the error names no entity: " + errors.get(0));
  }
}
