package io.fkguard.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot is trusted only while it describes the directory: a missing, empty or edited
 * snapshot, a deleted or changed migration, an unknown new one are each one error naming the
 * file and the fix, and nothing is written (never a silent re-baseline, never a migration that
 * re-creates existing tables).
 */
class SnapshotIntegrityTest {
  @TempDir Path tmp;

  private MigrationDirectory atV02() {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("migration"));
    dir.step("v01");
    dir.step("v02");
    return dir;
  }

  private Path snapshot(MigrationDirectory dir) {
    return dir.path().resolve(Migrations.SNAPSHOT);
  }

  /** Compiles v03 (a change with migrations to write) and demands one error and no change. */
  private void failsWithNothingWritten(MigrationDirectory dir, String... expected) {
    Map<String, byte[]> before = dir.contents();
    MigrationDirectory.Written written = dir.compile("v03");
    assertThat(written.compilation()).failed();
    for (String text : expected) {
      assertThat(written.compilation()).hadErrorContaining(text);
    }
    assertEquals(1, written.compilation().errors().size(), written.compilation().errors().toString());
    assertFalse(written.compilation().errors().get(0).getMessage(null).contains("bug in fkguard"));
    assertSame(before, dir.contents());
  }

  @Test
  void aDeletedSnapshotBesideMigrationsIsAnErrorThatExplainsAdoption() throws IOException {
    MigrationDirectory dir = atV02();
    Files.delete(snapshot(dir));
    failsWithNothingWritten(dir, dir.path() + " holds 4 versioned migrations (up to "
        + "V4__validate_foreign_keys_review.sql) but no fkguard-snapshot.txt",
        "If the snapshot was deleted, restore it from version control",
        "compile once with -Afkguard.migrations.adopt=true");
  }

  @Test
  void anEmptySnapshotIsAnError() throws IOException {
    MigrationDirectory dir = atV02();
    Files.writeString(snapshot(dir), "");
    failsWithNothingWritten(dir, "[fkguard] " + snapshot(dir) + ": the file is empty. Restore the file "
        + "from version control");
  }

  @Test
  void aSnapshotWithoutItsHeaderIsAnError() throws IOException {
    MigrationDirectory dir = atV02();
    String text = Files.readString(snapshot(dir));
    Files.writeString(snapshot(dir), text.substring(text.indexOf('\n') + 1));
    failsWithNothingWritten(dir, snapshot(dir) + ": it does not start with the line \"# fkguard snapshot <n>: …\"");
  }

  @Test
  void aHandEditedSnapshotIsAnError() throws IOException {
    MigrationDirectory dir = atV02();
    String text = Files.readString(snapshot(dir));
    assertTrue(text.contains("\treview\ttext\tvarchar(255)\t"), text);
    Files.writeString(snapshot(dir), text.replace("\treview\ttext\tvarchar(255)\t", "\treview\ttext\ttext\t"));
    failsWithNothingWritten(dir, snapshot(dir) + ": it was edited by hand: its checksum line does not match its content");
  }

  @Test
  void aDeletedMigrationIsAnError() throws IOException {
    MigrationDirectory dir = atV02();
    Path v2 = dir.path().resolve("V2__create_review.sql");
    Files.delete(v2);
    failsWithNothingWritten(dir, v2 + " is recorded in fkguard-snapshot.txt but is missing: restore it "
        + "from version control");
  }

  @Test
  void anEditedMigrationIsAnError() throws IOException {
    MigrationDirectory dir = atV02();
    Path v3 = dir.path().resolve("V3__constraints_review.sql");
    Files.writeString(v3, Files.readString(v3) + "-- an afterthought\n");
    failsWithNothingWritten(dir, v3 + " was changed after fkguard-snapshot.txt recorded it: restore it "
        + "from version control");
  }

  /** git's autocrlf on Windows checks text files out with CRLF: that is no edit. */
  @Test
  void crlfLineEndsAreNoEdit() throws IOException {
    MigrationDirectory dir = atV02();
    for (String name : List.of(Migrations.SNAPSHOT, "V2__create_review.sql")) {
      Path file = dir.path().resolve(name);
      Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
    }
    MigrationDirectory.Written written = dir.step("v03");
    assertEquals(List.of("V5__alter_review.sql", "V6__review_index_author.sql", "V7__constraints_review.sql",
        "V8__validate_foreign_keys_review.sql"), written.versioned());
  }

  @Test
  void anUnknownNewMigrationIsAnErrorThatNamesTheMarker() throws IOException {
    MigrationDirectory dir = atV02();
    Path v5 = dir.path().resolve("V5__by_hand.sql");
    Files.writeString(v5, "update review set text = '';\n");
    failsWithNothingWritten(dir, v5 + " is newer than fkguard-snapshot.txt and fkguard did not write it",
        "add the line \"-- fkguard: handwritten\" to it");
  }

  @Test
  void anUnknownOlderMigrationIsAnError() throws IOException {
    MigrationDirectory dir = atV02();
    Path v3 = dir.path().resolve("V3_5__by_hand.sql");
    Files.writeString(v3, "-- fkguard: handwritten\nselect 1;\n");
    failsWithNothingWritten(dir, v3 + " is not recorded in fkguard-snapshot.txt and is not newer than its "
        + "newest migration V4");
  }

  @Test
  void adoptWithASnapshotIsAnError() {
    MigrationDirectory dir = atV02();
    Map<String, byte[]> before = dir.contents();
    MigrationDirectory.Written written = dir.compile("v03", "-Afkguard.migrations.adopt=true");
    assertThat(written.compilation()).hadErrorContaining("-Afkguard.migrations.adopt=true is the one-time "
        + "step for a directory without a snapshot, but " + snapshot(dir) + " exists: remove the option");
    assertSame(before, dir.contents());
  }

  /**
   * An existing hand-written history in timestamp versions, with a repeatable script and a
   * callback: adoption records the state and writes no SQL; the next change is numbered after
   * the newest version in its style, and the other files are never touched.
   */
  @Test
  void adoptingATimestampHistoryNumbersAfterIt() throws IOException {
    assertNumberedAfter("V20240101120000__init.sql", "V20240101120001__create_review.sql");
  }

  @Test
  void adoptingADottedHistoryNumbersAfterIt() throws IOException {
    assertNumberedAfter("V1.9__init.sql", "V1.10__create_review.sql");
  }

  @Test
  void adoptingAnUnderscoredHistoryNumbersAfterIt() throws IOException {
    assertNumberedAfter("V2_3__init.sql", "V2_4__create_review.sql");
  }

  private void assertNumberedAfter(String existing, String expectedFirst) throws IOException {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("adopt"));
    Files.createDirectories(dir.path());
    Files.writeString(dir.path().resolve(existing), "create table category (id bigint primary key);\n");
    Files.writeString(dir.path().resolve("V1__older.sql"), "select 1;\n");
    Files.writeString(dir.path().resolve("R__views.sql"), "create or replace view v as select 1;\n");
    Files.writeString(dir.path().resolve("afterMigrate.sql"), "select 1;\n");

    MigrationDirectory.Written refused = dir.compile("v01");
    assertThat(refused.compilation()).hadErrorContaining("compile once with -Afkguard.migrations.adopt=true");
    assertEquals(Map.of(), refused.files());

    MigrationDirectory.Written adopted = dir.step("v01", "-Afkguard.migrations.adopt=true");
    assertEquals(List.of(Migrations.SNAPSHOT), List.copyOf(adopted.files().keySet()));
    String snapshot = adopted.get(Migrations.SNAPSHOT);
    assertTrue(snapshot.contains("migration\t" + existing + "\t"), snapshot);
    assertTrue(snapshot.contains("\tadopted\n"), snapshot);
    assertFalse(snapshot.contains("R__views.sql"), snapshot);

    MigrationDirectory.Written next = dir.step("v02");
    assertEquals(expectedFirst, next.versioned().get(0), next.files().keySet().toString());
    assertEquals(3, next.versioned().size(), next.files().keySet().toString());
    assertEquals(List.of(), dir.step("v02").versioned(), "the same model again writes nothing");
  }

  private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
