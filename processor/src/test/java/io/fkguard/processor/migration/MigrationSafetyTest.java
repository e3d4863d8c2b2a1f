package io.fkguard.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.testing.Golden;
import io.fkguard.processor.testing.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes that lose data are never written silently: a dropped column ({@code drop_column}: v02
 * without review.text) or a dropped table (v01 compiled after v02) fail the build with
 * UnsafeMigration and write nothing, unless {@code -Afkguard.allowDataLoss} names them; then they
 * come last, in a "drop" step whose undo restores the schema.
 */
class MigrationSafetyTest {
  @TempDir Path tmp;

  private MigrationDirectory atV02() {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("migration"));
    dir.step("v01");
    dir.step("v02");
    return dir;
  }

  @Test
  void droppedColumnIsAnErrorAndWritesNothing() {
    MigrationDirectory dir = atV02();
    Map<String, byte[]> before = dir.contents();
    MigrationDirectory.Written written = dir.compile("drop_column");
    assertThat(written.compilation()).failed();
    assertThat(written.compilation()).hadErrorContaining("[fkguard:UnsafeMigration] fkguard did not write a "
        + "migration for review.text: dropping the column loses its data; allow it with "
        + "-Afkguard.allowDataLoss=review.text; nothing was written for this change");
    assertEquals(Map.of(), written.files());
    assertSameFiles(before, dir.contents());
  }

  @Test
  void aBlockedChangeDoesNotMoveSchemaSqlAheadOfTheMigrations() throws IOException {
    MigrationDirectory dir = atV02();
    Path ddl = tmp.resolve("db/schema.sql");
    MigrationDirectory.Written written = dir.compile("drop_column", "-Afkguard.ddl=" + ddl);
    assertThat(written.compilation()).failed();
    assertEquals(false, Files.exists(ddl), "schema.sql must wait for its migration");
    assertEquals(false, Files.exists(tmp.resolve("db/schema.md")));
  }

  @Test
  void droppedColumnWhenAllowedComesLast() {
    MigrationDirectory dir = atV02();
    MigrationDirectory.Written written = dir.step("drop_column", "-Afkguard.allowDataLoss=review.text");
    assertEquals(List.of("V5__drop_review.sql"), written.versioned());
    assertEquals(List.of("alter table review drop column text;"),
        SqlScript.withoutSettings(written.get("V5__drop_review.sql")));
    assertEquals(List.of("alter table review add column text varchar(255);"),
        SqlScript.withoutSettings(written.get("U5__drop_review.sql")));
    MigrationRules.assertSafe(written.files());
    written.files().forEach((name, content) -> Golden.assertMatches("migration/drop_column/" + name, content));
  }

  @Test
  void droppedTableIsAnErrorAndWritesNothing() {
    MigrationDirectory dir = atV02();
    Map<String, byte[]> before = dir.contents();
    MigrationDirectory.Written written = dir.compile("v01");
    assertThat(written.compilation()).failed();
    assertThat(written.compilation()).hadErrorContaining("[fkguard:UnsafeMigration] fkguard did not write a "
        + "migration for review: dropping the table loses its data; allow it with -Afkguard.allowDataLoss=review");
    assertThat(written.compilation()).hadErrorContaining("migration for review_seq: dropping the sequence "
        + "loses its position");
    assertEquals(Map.of(), written.files());
    assertSameFiles(before, dir.contents());
  }

  /** Only the table allowed: the sequence still blocks, and nothing is half-written. */
  @Test
  void droppedTableNeedsItsSequenceAllowedToo() {
    MigrationDirectory dir = atV02();
    MigrationDirectory.Written written = dir.compile("v01", "-Afkguard.allowDataLoss=review");
    assertThat(written.compilation()).hadErrorCount(1);
    assertThat(written.compilation()).hadErrorContaining("-Afkguard.allowDataLoss=review_seq");
    assertEquals(Map.of(), written.files());
  }

  @Test
  void droppedTableWhenAllowedComesLastAndItsUndoRestoresEverything() {
    MigrationDirectory dir = atV02();
    MigrationDirectory.Written written = dir.step("v01", "-Afkguard.allowDataLoss=review,review_seq");
    assertEquals(List.of("V5__drop_review.sql"), written.versioned());
    assertEquals(List.of("alter table review drop constraint review_product_id_fkey;",
        "drop table review;", "drop sequence review_seq;"),
        SqlScript.withoutSettings(written.get("V5__drop_review.sql")));
    // The undo re-creates the sequence, the table with its index, then the FK.
    List<String> undo = SqlScript.withoutSettings(written.get("U5__drop_review.sql"));
    assertEquals(List.of("create sequence review_seq start with 1 increment by 50;", "create table review (",
        "create index review_product_idx on review (product_id);",
        "alter table review add constraint review_product_id_fkey foreign key (product_id) references product (id);"),
        undo.stream().map(s -> s.split("\n")[0]).toList());
    MigrationRules.assertSafe(written.files());
    written.files().forEach((name, content) -> Golden.assertMatches("migration/drop_table/" + name, content));
  }

  /**
   * A hand-written migration marked as such is recorded (the model compiled with it is the state
   * after it) and left alone; the generated ones number after it.
   */
  @Test
  void existingMigrationsAreNeverModified() throws IOException {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("migration"));
    dir.step("v01");
    Path handWritten = dir.path().resolve("V2__backfill_usernames.sql");
    Files.writeString(handWritten, "-- fkguard: handwritten\n"
        + "update app_user set username = 'unknown' where username is null;\n", StandardCharsets.UTF_8);
    assertEquals(List.of(Migrations.SNAPSHOT), List.copyOf(dir.step("v01").files().keySet()));
    MigrationDirectory.Written written = dir.step("v02"); // fails if any existing file changed
    assertEquals(List.of("V3__create_review.sql", "V4__constraints_review.sql",
        "V5__validate_foreign_keys_review.sql"), written.versioned());
    assertEquals("-- fkguard: handwritten\nupdate app_user set username = 'unknown' where username is null;\n",
        Files.readString(handWritten, StandardCharsets.UTF_8));
  }

  /**
   * A leftover undo file (its V file deleted) is a file the next migration would write: fkguard
   * never overwrites it, says why, and writes nothing at all.
   */
  @Test
  void aFileTheNextMigrationWouldOverwriteStopsEverything() throws IOException {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("refuse"));
    dir.step("v01");
    Path leftover = dir.path().resolve("U2__create_review.sql");
    Files.writeString(leftover, "select 1;\n", StandardCharsets.UTF_8);
    Map<String, byte[]> before = dir.contents();
    MigrationDirectory.Written written = dir.compile("v02");
    assertThat(written.compilation()).hadErrorContaining("fkguard never changes an existing migration, but "
        + leftover + " exists");
    assertSameFiles(before, dir.contents());
  }

  /** A garbled snapshot is the user's file to restore, not a bug in fkguard; nothing is written. */
  @Test
  void aGarbledSnapshotIsOneClearErrorAndNothingIsWritten() throws IOException {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("garbled"));
    dir.step("v01");
    Path snapshot = dir.path().resolve(Migrations.SNAPSHOT);
    Files.writeString(snapshot, Files.readString(snapshot, StandardCharsets.UTF_8) + "tabel\treview\n",
        StandardCharsets.UTF_8);
    Map<String, byte[]> before = dir.contents();
    MigrationDirectory.Written written = dir.compile("v02");
    assertThat(written.compilation()).hadErrorContaining("[fkguard] " + snapshot + ": line ");
    assertThat(written.compilation()).hadErrorContaining("is not a snapshot line fkguard wrote: tabel\treview. "
        + "Restore the file from version control");
    assertEquals(1, written.compilation().errors().size(), written.compilation().errors().toString());
    assertSameFiles(before, dir.contents());
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
  }
}
