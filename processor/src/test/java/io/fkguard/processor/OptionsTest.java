package io.fkguard.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code -Afkguard.*} value is checked before anything runs: a bad one is exactly one error
 * that names the option, the value and what is accepted, has no source position (it belongs to
 * the build, not to an entity), and nothing is written.
 */
class OptionsTest {
  @TempDir Path tmp;

  private static final JavaFileObject THING = JavaFileObjects.forSourceLines("app.Thing", "package app;",
      "@jakarta.persistence.Entity public class Thing {", "  @jakarta.persistence.Id Long id;", "}");

  private Compilation compile(String... options) {
    return javac().withProcessors(new FkguardProcessor()).withOptions((Object[]) options).compile(THING);
  }

  /** The one fkguard error, asserted to be the only one and to have no position. */
  private static String onlyError(Compilation compilation) {
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(null, errors.get(0).getSource(), "an option error names no source file");
    return errors.get(0).getMessage(Locale.ROOT);
  }

  @Test
  void aMisspeltModeIsAnErrorNotASilentWrite() {
    Path ddl = tmp.resolve("schema.sql");
    Compilation compilation = compile("-Afkguard.mode=verfy", "-Afkguard.ddl=" + ddl);
    assertEquals("[fkguard] -Afkguard.mode=verfy is not valid: use write or verify", onlyError(compilation));
    assertEquals(false, Files.exists(ddl), "nothing is written");
  }

  @Test
  void aSummaryValueThatIsNotABooleanIsAnError() {
    assertEquals("[fkguard] -Afkguard.summary=yes is not valid: use true or false",
        onlyError(compile("-Afkguard.summary=yes")));
  }

  @Test
  void aBeanValidationValueOtherThanDdlOrNoneIsAnError() {
    assertEquals("[fkguard] -Afkguard.beanValidation=yes is not valid: use ddl or none",
        onlyError(compile("-Afkguard.beanValidation=yes")));
  }

  @Test
  void beanValidationDdlAndNoneAreAccepted() {
    assertThat(compile("-Afkguard.beanValidation=ddl")).succeeded();
    assertThat(compile("-Afkguard.beanValidation=NONE")).succeeded();
  }

  @Test
  void anUnknownFkguardKeyIsAnErrorWithTheNearestKnownOne() {
    String message = onlyError(compile("-Afkguard.migration=db/migration"));
    assertThat(message).startsWith("[fkguard] -Afkguard.migration is not an fkguard option "
        + "(did you mean -Afkguard.migrations?); the options are fkguard.naming, ");
  }

  @Test
  void aMisspeltRuleIdIsAnUnknownKey() {
    assertThat(onlyError(compile("-Afkguard.RedundantIndexes=off")))
        .contains("(did you mean -Afkguard.RedundantIndex?)");
  }

  @Test
  void optionsOfOtherProcessorsAreNotFkguardsBusiness() {
    assertThat(compile("-Ahibernate.something=1")).succeeded();
  }

  @Test
  void aDdlPathThatIsADirectoryIsAnError() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("db"));
    assertEquals("[fkguard] -Afkguard.ddl=" + dir + " is a directory: give the file schema.sql should be "
        + "written to, e.g. -Afkguard.ddl=" + dir.resolve("schema.sql"), onlyError(compile("-Afkguard.ddl=" + dir)));
  }

  @Test
  void aMigrationsPathThatIsAFileIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("migration"), "");
    assertEquals("[fkguard] -Afkguard.migrations=" + file + " is a file, not a directory: give the directory",
        onlyError(compile("-Afkguard.migrations=" + file)));
  }

  @Test
  void aConstantsNameThatIsNotAJavaNameIsAnError() {
    assertEquals("[fkguard] -Afkguard.constants=com.acme.9Db is not a Java class name: give a qualified "
        + "name such as com.acme.Db, or none for no constants class", onlyError(compile("-Afkguard.constants=com.acme.9Db")));
  }

  @Test
  void adoptNeedsAMigrationsDirectory() {
    assertEquals("[fkguard] -Afkguard.migrations.adopt=true needs -Afkguard.migrations=<the Flyway directory>",
        onlyError(compile("-Afkguard.migrations.adopt=true")));
    assertEquals("[fkguard] -Afkguard.migrations.adopt=yes is not valid: use true or false",
        onlyError(compile("-Afkguard.migrations.adopt=yes", "-Afkguard.migrations=" + tmp)));
  }

  @Test
  void testCompileIsAutoTrueOrFalse() {
    assertEquals("[fkguard] -Afkguard.testCompile=maybe is not valid: use auto, true or false",
        onlyError(compile("-Afkguard.testCompile=maybe")));
  }

  @Test
  void baselineWriteNeedsAFileAndWriteMode() throws IOException {
    assertEquals("[fkguard] -Afkguard.baseline.write=true needs -Afkguard.baseline=<the file to write>",
        onlyError(compile("-Afkguard.baseline.write=true")));
    Path file = tmp.resolve("fkguard-baseline.txt");
    assertEquals("[fkguard] -Afkguard.baseline.write=true writes a file, so it cannot go with "
        + "-Afkguard.mode=verify, which writes nothing",
        onlyError(compile("-Afkguard.baseline.write=true", "-Afkguard.baseline=" + file, "-Afkguard.mode=verify")));
    Path dir = Files.createDirectories(tmp.resolve("config"));
    assertEquals("[fkguard] -Afkguard.baseline=" + dir + " is a directory: give the file, e.g. -Afkguard.baseline="
        + dir.resolve("fkguard-baseline.txt"), onlyError(compile("-Afkguard.baseline=" + dir)));
  }

  @Test
  void everyBadValueIsReportedInOneBuild() {
    Compilation compilation = compile("-Afkguard.mode=verfy", "-Afkguard.naming=hibernate");
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
  }

  /** The write is all-or-nothing and an unwritable target is the user's path, not a bug in fkguard. */
  @Test
  void anUnwritableDdlPathIsAClearErrorAndNothingIsWritten() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("not-a-dir"), "");
    Path ddl = blocker.resolve("schema.sql");
    Path migrations = tmp.resolve("migrations");
    String message = onlyError(compile("-Afkguard.ddl=" + ddl, "-Afkguard.migrations=" + migrations));
    assertThat(message).startsWith("[fkguard] could not write ");
    assertThat(message).contains("nothing was written");
    assertThat(message).doesNotContain("bug in fkguard");
    assertEquals(false, Files.exists(migrations.resolve("V1__baseline.sql")), "no migration was written");
  }

  /** The case: an unwritable migrations directory must not leave schema.sql written alone. */
  @Test
  void anUnwritableMigrationsDirectoryLeavesSchemaSqlUnwritten() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("not-a-dir"), "");
    Path ddl = tmp.resolve("db/schema.sql");
    String message = onlyError(compile("-Afkguard.ddl=" + ddl, "-Afkguard.migrations=" + blocker.resolve("migration")));
    assertThat(message).startsWith("[fkguard] could not write ");
    assertThat(message).contains("nothing was written");
    assertThat(message).doesNotContain("bug in fkguard");
    assertEquals(false, Files.exists(ddl), "schema.sql is not written without its migrations");
    assertEquals(false, Files.exists(tmp.resolve("db/schema.md")));
  }
}
