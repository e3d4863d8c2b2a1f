package io.fkguard.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.testing.SqlScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safe NOT NULL patterns: a new NOT NULL column with a constant {@code @ColumnDefault} is
 * one {@code add column … default … not null}; an existing column made NOT NULL is a NOT VALID
 * check, its validation and {@code set not null} in three transactional files; a type change
 * that rewrites the table is refused with the safe alternative, widening a varchar is not.
 */
class NotNullMigrationTest {
  @TempDir Path tmp;

  private MigrationDirectory atNn1() {
    MigrationDirectory dir = new MigrationDirectory(tmp.resolve("migration"));
    dir.step("nn1");
    return dir;
  }

  @Test
  void aNewNotNullColumnWithADefaultIsOneStatement() {
    MigrationDirectory dir = atNn1();
    MigrationDirectory.Written written = dir.step("nn2");
    assertEquals(List.of("V2__alter_account.sql"), written.versioned());
    assertEquals(List.of("alter table account add column verified boolean default false not null;"),
        SqlScript.withoutSettings(written.get("V2__alter_account.sql")));
    assertEquals(List.of("alter table account drop column verified;"),
        SqlScript.withoutSettings(written.get("U2__alter_account.sql")));
    MigrationRules.assertSafe(written.files());
  }

  @Test
  void aNewNotNullColumnWithoutADefaultNamesTheSafeWays() {
    MigrationDirectory dir = atNn1();
    MigrationDirectory.Written written = dir.compile("nn2_nodefault");
    assertThat(written.compilation()).hadErrorContaining("[fkguard:UnsafeMigration] fkguard did not write a "
        + "migration for account.verified: a new NOT NULL column without a default fails on a table with rows: "
        + "give it a constant default with @ColumnDefault");
    assertEquals(Map.of(), written.files());
  }

  @Test
  void anExistingColumnMadeNotNullGoesThroughAValidatedCheck() {
    MigrationDirectory dir = atNn1();
    dir.step("nn2");
    MigrationDirectory.Written written = dir.step("nn3");
    assertEquals(List.of("V3__constraints_account.sql", "V4__validate_not_null_account.sql",
        "V5__set_not_null_account.sql"), written.versioned());
    assertEquals(List.of("alter table account add constraint account_name_not_null check (name is not null) not valid;"),
        SqlScript.withoutSettings(written.get("V3__constraints_account.sql")));
    assertEquals(List.of("alter table account validate constraint account_name_not_null;"),
        SqlScript.withoutSettings(written.get("V4__validate_not_null_account.sql")));
    assertEquals(List.of("alter table account alter column name set not null;",
        "alter table account drop constraint account_name_not_null;"),
        SqlScript.withoutSettings(written.get("V5__set_not_null_account.sql")));
    assertEquals(List.of("alter table account add constraint account_name_not_null check (name is not null) not valid;",
        "alter table account alter column name drop not null;"),
        SqlScript.withoutSettings(written.get("U5__set_not_null_account.sql")));
    // All three run in transactions: none has a .conf.
    assertTrue(written.files().keySet().stream().noneMatch(f -> f.endsWith(".conf")), written.files().keySet().toString());
    assertTrue(written.get("V4__validate_not_null_account.sql").contains("set statement_timeout = '0';"),
        "the validation scans the table: no statement timeout");
    MigrationRules.assertSafe(written.files());
  }

  @Test
  void aTypeChangeThatRewritesIsRefusedWithTheSafeAlternative() {
    MigrationDirectory dir = atNn1();
    dir.step("nn2");
    MigrationDirectory.Written written = dir.compile("nn3_type");
    assertThat(written.compilation()).hadErrorContaining("migration for account.name: the column changes from "
        + "varchar(255) to integer, which rewrites the table under an exclusive lock and may fail or lose data: "
        + "add a new column of the new type, backfill it in batches, move the code to it and drop the old one");
    assertEquals(Map.of(), written.files());
  }

  @Test
  void wideningAVarcharIsSafe() {
    MigrationDirectory dir = atNn1();
    dir.step("nn2");
    MigrationDirectory.Written written = dir.step("nn3_widen");
    assertEquals(List.of("alter table account alter column name type varchar(500);"),
        SqlScript.withoutSettings(written.get("V3__alter_account.sql")));
  }

  /**
   * The example: a NOT NULL column fkguard refuses without a default, added by a
   * hand-written migration instead. Marked, it is recorded, not repeated, and the next change is
   * numbered after it.
   */
  @Test
  void aHandWrittenMigrationIsRecordedAndNotRepeated() throws IOException {
    MigrationDirectory dir = atNn1();
    assertThat(dir.compile("nn2_nodefault").compilation()).failed();
    Files.writeString(dir.path().resolve("V2__add_verified.sql"), "-- fkguard: handwritten\n"
        + "alter table account add column verified boolean;\n"
        + "update account set verified = false;\n"
        + "alter table account alter column verified set not null;\n");
    MigrationDirectory.Written recorded = dir.step("nn2_nodefault");
    assertEquals(List.of(Migrations.SNAPSHOT), List.copyOf(recorded.files().keySet()));
    assertTrue(recorded.get(Migrations.SNAPSHOT).contains("migration\tV2__add_verified.sql\t"));
    assertTrue(recorded.get(Migrations.SNAPSHOT).contains("\thandwritten\n"));
    assertEquals(Map.of(), dir.step("nn2_nodefault").files(), "nothing is repeated");
    // nn3 also gives verified its default: a catalog-only change, and the only one to that column.
    MigrationDirectory.Written next = dir.step("nn3");
    assertEquals(List.of("V3__alter_account.sql", "V4__constraints_account.sql",
        "V5__validate_not_null_account.sql", "V6__set_not_null_account.sql"), next.versioned());
    assertEquals(List.of("alter table account alter column verified set default false;"),
        SqlScript.withoutSettings(next.get("V3__alter_account.sql")));
    next.files().values().forEach(content -> assertTrue(!content.contains("add column verified"), content));
  }
}
