package io.fkguard.check;

import io.fkguard.check.drift.DriftCheck;
import io.fkguard.check.live.LiveSession;
import io.fkguard.check.model.SchemaModel;
import io.fkguard.check.model.SchemaSqlException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The check's entry point for code: compare a live PostgreSQL with the committed
 * {@code schema.sql}. Read-only (one READ ONLY transaction, catalog reads only, short
 * timeouts), so it is safe against a production primary.
 *
 * <pre>{@code
 * @Test void theMigratedDatabaseMatchesTheModel(@Autowired DataSource dataSource) {
 *   FkguardCheck.assertDatabaseMatches(dataSource);   // classpath:db/schema.sql
 * }
 * }</pre>
 */
public final class FkguardCheck {
  private FkguardCheck() {}

  /**
   * Fails with the full report (every drift and its fix) unless the database matches the model
   * at {@code classpath:db/schema.sql}. An {@link AssertionError}, so any test framework shows it
   * as a failure; no JUnit dependency.
   */
  public static CheckReport assertDatabaseMatches(DataSource dataSource) {
    return assertDatabaseMatches(dataSource, ModelSource.DEFAULT_LOCATION);
  }

  /** As {@link #assertDatabaseMatches(DataSource)}, with the model at {@code modelLocation}. */
  public static CheckReport assertDatabaseMatches(DataSource dataSource, String modelLocation) {
    CheckReport report = check(dataSource, modelLocation, false);
    if (!report.isClean()) {
      throw new AssertionError(report.text());
    }
    return report;
  }

  /** The report for the database behind {@code dataSource} and the model at {@code modelLocation}. */
  public static CheckReport check(DataSource dataSource, String modelLocation, boolean includeUnused) {
    SchemaModel model = loadModel(modelLocation);
    try (Connection connection = dataSource.getConnection()) {
      return check(connection, model, includeUnused);
    } catch (SQLException e) {
      throw new FkguardCheckException("cannot read the database: " + e.getMessage(), e);
    }
  }

  /**
   * The report for an open connection (left open, its autocommit as it was). The check runs its
   * own READ ONLY transaction and rolls it back, so the connection must not be inside a
   * transaction with work of its own.
   */
  public static CheckReport check(Connection connection, SchemaModel model, boolean includeUnused) throws SQLException {
    String url = connection.getMetaData().getURL();
    try (LiveSession session = LiveSession.open(connection, model.schemas())) {
      return new CheckReport(url == null ? "the database" : url.replaceFirst("\\?.*$", ""), model.source(),
          counts(model), DriftCheck.compare(model, session, includeUnused));
    }
  }

  public static SchemaModel loadModel(String modelLocation) {
    try {
      return ModelSource.load(modelLocation, Thread.currentThread().getContextClassLoader() != null
          ? Thread.currentThread().getContextClassLoader() : FkguardCheck.class.getClassLoader());
    } catch (SchemaSqlException e) {
      throw new FkguardCheckException(e.getMessage(), e);
    }
  }

  private static String counts(SchemaModel model) {
    return plural(model.tables().size(), "table") + ", " + plural(model.indexes().size(), "index") + ", "
        + plural(model.foreignKeys().size(), "foreign key") + ", " + plural(model.sequences().size(), "sequence");
  }

  private static String plural(int n, String word) {
    return n + " " + (n == 1 ? word : word.equals("index") ? "indexes" : word + "s");
  }
}
