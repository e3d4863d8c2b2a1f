package io.fkguard.dbtests;

import io.fkguard.processor.testing.SqlScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** Flyway as a user must configure it for fkguard's migrations, and the U scripts run by hand. */
final class MigrationFlyway {
  private MigrationFlyway() {}

  /**
   * Migrates {@code db} with the scripts of {@code directory} up to {@code target}, bounded in
   * time. Flyway's transactional advisory lock is OFF: with it, Flyway holds a transaction open
   * for the whole run and every CREATE INDEX CONCURRENTLY waits for that transaction forever.
   */
  static MigrateResult migrate(Database db, Path directory, int target, ExecutorService executor) {
    FluentConfiguration config = Flyway.configure()
        .dataSource(db.dataSource())
        .locations("filesystem:" + directory)
        .target(Integer.toString(target))
        .cleanDisabled(true);
    config.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
    Flyway flyway = config.load();
    Future<MigrateResult> run = executor.submit(flyway::migrate);
    try {
      return run.get(90, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new AssertionError("Flyway did not finish migrating to V" + target + " within 90 s", e);
    } catch (ExecutionException e) {
      throw new AssertionError("Flyway failed migrating to V" + target + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static ExecutorService executor() {
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "flyway");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs a U script the way its header says: a transactional one in one transaction, a
   * CONCURRENTLY one statement by statement in autocommit (PostgreSQL refuses CONCURRENTLY in a
   * transaction block, and a multi-statement query is one).
   */
  static void undo(Database db, Path script) {
    String sql = MigrationScenario.read(script);
    if (!MigrationScenario.concurrent(script)) {
      db.apply(sql);
      return;
    }
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      for (String statement : SqlScript.statements(sql)) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new AssertionError(script.getFileName() + " failed: " + e.getMessage() + "\n" + Texts.numbered(sql), e);
    }
  }
}
