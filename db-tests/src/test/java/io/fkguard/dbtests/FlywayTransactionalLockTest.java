package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the README says about Flyway's lock setting, measured: with Flyway's default
 * {@code postgresql.transactional.lock=true} Flyway holds a transaction open while it runs a
 * migration, and a generated {@code CREATE INDEX CONCURRENTLY} waits for it. The generated file's
 * {@code lock_timeout = '1min'} turns that wait into a failure after a minute: it does not hang,
 * and it leaves the index INVALID (which the file's leading drop removes on a rerun).
 */
class FlywayTransactionalLockTest {
  private static final ExecutorService EXECUTOR = MigrationFlyway.executor();

  @AfterAll
  static void stop() {
    EXECUTOR.shutdownNow();
  }

  @Test
  void withTheDefaultLockAConcurrentIndexFailsAfterItsLockTimeout() throws Exception {
    MigrationScenario scenario = MigrationScenario.walk();
    int build = firstConcurrentCreate(scenario.directory(), scenario);
    Database db = Postgres.newDatabase("flyway_transactional_lock");
    MigrationFlyway.migrate(db, scenario.directory(), build - 1, EXECUTOR);
    Flyway flyway = Flyway.configure().dataSource(db.dataSource())
        .locations("filesystem:" + scenario.directory()).target(Integer.toString(build)).load();
    long start = System.nanoTime();
    Future<MigrateResult> run = EXECUTOR.submit(flyway::migrate);
    Throwable failure = null;
    try {
      run.get(150, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertTrue(failure != null, "the concurrent index built with Flyway's transactional lock on");
    String text = String.valueOf(failure.getMessage()) + " " + (failure.getCause() == null ? "" : failure.getCause().getMessage());
    assertTrue(text.contains("lock timeout"), "expected a lock timeout, got: " + text);
    assertTrue(seconds >= 55 && seconds < 150, "failed after " + seconds + " s, not after the 1 min lock_timeout");
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from pg_index where not indisvalid")) {
      rs.next();
      assertTrue(rs.getLong(1) == 1, "the failed build leaves one INVALID index");
    }
  }

  private static int firstConcurrentCreate(Path directory, MigrationScenario scenario) {
    for (Path v : scenario.scripts('V')) {
      if (MigrationScenario.read(v).contains("create index concurrently")) {
        String name = v.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
      }
    }
    throw new AssertionError("the scenario builds no index concurrently in " + directory);
  }
}
