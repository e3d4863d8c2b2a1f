package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Real Flyway on a real PostgreSQL 17: every step of the scenario migrates one database from the
 * previous state, and the result equals a fresh database built from that version's schema.sql,
 * names, validity, index comments and column order included. Then the U scripts, newest first,
 * run by hand (Flyway's free edition ignores them), restore each earlier catalog exactly, but for
 * the position of a dropped column they give back (it can only come back last).
 */
class MigrationFlywayTest {
  private static final ExecutorService EXECUTOR = MigrationFlyway.executor();

  @AfterAll
  static void stop() {
    EXECUTOR.shutdownNow();
  }

  @Test
  void everyStepOfTheWalkMigratesToItsSchemaAndEveryUndoRestoresThePreviousOne() {
    walk(MigrationScenario.walk(), "walk");
  }

  /** The changes written only under -Afkguard.allowDataLoss: a dropped column, a dropped table. */
  @Test
  void allowedDropsMigrateToTheirSchemaAndTheirUndoRestoresTheData() {
    walk(MigrationScenario.drops(), "drops");
  }

  /** A NOT NULL column with a default, a column made NOT NULL through a validated check, a widening. */
  @Test
  void notNullPatternsMigrateToTheirSchemaAndTheirUndoRestoresThePreviousOne() {
    walk(MigrationScenario.notNull(), "not_null");
  }

  private static void walk(MigrationScenario scenario, String name) {
    Database db = Postgres.newDatabase("migration_" + name);
    List<MigrationCatalog> catalogs = new ArrayList<>();
    catalogs.add(MigrationCatalog.of(db.dataSource()));
    int applied = 0;
    for (MigrationScenario.Step step : scenario.steps()) {
      MigrateResult result = MigrationFlyway.migrate(db, scenario.directory(), step.last(), EXECUTOR);
      assertEquals(step.versions().size(), result.migrationsExecuted,
          step.version() + ": Flyway ran " + result.migrationsExecuted + " migrations, not " + step.versions());
      applied += result.migrationsExecuted;
      Database fresh = Postgres.newDatabase("migration_" + name + "_fresh_" + step.version());
      fresh.apply(step.schemaSql());
      MigrationCatalog migrated = MigrationCatalog.of(db.dataSource());
      assertEqual(step.version() + " migrated by Flyway to V" + step.last() + " vs. a fresh database from its schema.sql",
          "migrated", migrated, "fresh", MigrationCatalog.of(fresh.dataSource()));
      // Every step changes something the comparison sees: even v09's rename, even v04's one index.
      assertTrue(!MigrationCatalog.diff("now", migrated, "before", catalogs.get(catalogs.size() - 1)).isEmpty(),
          step.version() + " changed nothing the catalog comparison can see");
      catalogs.add(migrated);
    }
    assertTrue(applied > scenario.steps().size(), "the walk wrote more than one file per step");
    for (int i = scenario.steps().size() - 1; i >= 0; i--) {
      MigrationScenario.Step step = scenario.steps().get(i);
      List<Integer> versions = new ArrayList<>(step.versions());
      versions.sort((a, b) -> b - a); // newest first
      for (int version : versions) {
        Path undo = scenario.file('U', version);
        MigrationFlyway.undo(db, undo);
      }
      assertEqual("after undoing " + step.version() + " (U" + versions + ")", "undone",
          MigrationCatalog.of(db.dataSource()).withoutColumnOrder(), "before",
          catalogs.get(i).withoutColumnOrder());
    }
    assertEquals(0, catalogs.get(0).size(), "the walk starts from an empty database");
  }

  private static void assertEqual(String what, String leftName, MigrationCatalog left, String rightName,
      MigrationCatalog right) {
    List<String> diff = MigrationCatalog.diff(leftName, left, rightName, right);
    assertTrue(diff.isEmpty(), what + ": " + diff.size() + " differences:\n" + Texts.lines(diff));
  }
}
