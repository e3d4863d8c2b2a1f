package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * While a generated CREATE INDEX CONCURRENTLY migration runs on a table with rows, inserts into
 * that table from another connection go through. To be sure they overlap the build, a third
 * connection keeps a write transaction open on the table when the migration starts: a concurrent
 * build must wait for it (a plain CREATE INDEX would wait too, and queue every insert behind it).
 * Every wait is bounded: the inserts by a 2 s lock_timeout, Flyway by 90 s.
 */
class MigrationConcurrencyTest {
  private static final int ROWS = 200_000;
  private static final int INSERTS = 50;
  private static final ExecutorService EXECUTOR = MigrationFlyway.executor();

  @AfterAll
  static void stop() {
    EXECUTOR.shutdownNow();
  }

  @Test
  void insertsAreNotBlockedWhileTheConcurrentIndexBuilds() throws Exception {
    MigrationScenario scenario = MigrationScenario.walk();
    int build = concurrentCreate(scenario); // V6: create index concurrently review_author_idx
    Database db = Postgres.newDatabase("migration_concurrently");
    MigrationFlyway.migrate(db, scenario.directory(), build - 1, EXECUTOR);
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into app_user (id, username) values (1, 'ada')");
      s.execute("insert into category (id, name) values (1, 'books')");
      s.execute("insert into product (id, name, category_id, category_sort_order, created_by_id) "
          + "values (1, 'sicp', 1, 1, 1)");
      s.execute("insert into review (id, product_id, author_id, text) select g, 1, 1, 'review ' || g "
          + "from generate_series(1, " + ROWS + ") g");
    }
    try (Connection holder = db.dataSource().getConnection();
        Connection writer = db.dataSource().getConnection();
        Connection watcher = db.dataSource().getConnection()) {
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("insert into review (id, product_id, author_id, text) values (0, 1, 1, 'open')");
      }
      Future<MigrateResult> migration = EXECUTOR.submit(
          () -> MigrationFlyway.migrate(db, scenario.directory(), build, EXECUTOR));
      awaitBuildStarted(watcher, migration);
      try (Statement s = writer.createStatement()) {
        s.execute("set lock_timeout = '2s'");
        s.execute("set statement_timeout = '5s'");
      }
      long slowest = 0;
      try (PreparedStatement insert = writer.prepareStatement(
          "insert into review (id, product_id, author_id, text) values (?, 1, 1, 'during the build')")) {
        for (int i = 1; i <= INSERTS; i++) {
          long start = System.nanoTime();
          insert.setLong(1, ROWS + i);
          insert.executeUpdate(); // autocommit; a blocked insert fails after the 2 s lock_timeout
          slowest = Math.max(slowest, System.nanoTime() - start);
        }
      }
      assertTrue(buildRunning(watcher), "the index build ended before the inserts: they did not overlap it");
      assertFalse(migration.isDone(), "the migration finished before the open transaction did");
      assertTrue(TimeUnit.NANOSECONDS.toMillis(slowest) < 1000,
          "an insert took " + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms during the build");
      holder.commit();
      MigrateResult result = migration.get(90, TimeUnit.SECONDS);
      assertEquals(1, result.migrationsExecuted);
      try (Statement s = watcher.createStatement();
          ResultSet rs = s.executeQuery("select ix.indisvalid, (select count(*) from review) from pg_index ix "
              + "join pg_class i on i.oid = ix.indexrelid where i.relname = 'review_author_idx'")) {
        assertTrue(rs.next(), "review_author_idx was not built");
        assertTrue(rs.getBoolean(1), "review_author_idx is INVALID");
        assertEquals(ROWS + 1 + INSERTS, rs.getLong(2));
      }
    }
  }

  /** The first generated step that builds an index concurrently on an existing table. */
  private static int concurrentCreate(MigrationScenario scenario) {
    for (Path v : scenario.scripts('V')) {
      if (MigrationScenario.read(v).contains("create index concurrently")) {
        String name = v.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
      }
    }
    throw new AssertionError("the scenario builds no index concurrently");
  }

  /** Waits, at most 20 s, until PostgreSQL reports the concurrent build of review_author_idx. */
  private static void awaitBuildStarted(Connection watcher, Future<?> migration) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!buildRunning(watcher)) {
      if (migration.isDone()) {
        migration.get(); // rethrows what went wrong
        throw new AssertionError("the migration finished before its index build could be observed");
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no CREATE INDEX CONCURRENTLY on review within 20 s");
      }
      Thread.sleep(20);
    }
  }

  private static boolean buildRunning(Connection watcher) throws SQLException {
    try (Statement s = watcher.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from pg_stat_progress_create_index p "
            + "where p.relid = 'review'::regclass and p.command = 'CREATE INDEX CONCURRENTLY'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }
}
