package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * One read-only transaction on the live database: the catalog read once, then questions only
 * PostgreSQL can answer exactly (are two expressions the same, are two types the same) asked in
 * the same transaction. It begins {@code READ ONLY} with a short {@code statement_timeout} and
 * {@code lock_timeout}, so on a busy primary it fails fast instead of queueing behind a
 * migration; closing rolls back and gives the connection back as it came (autocommit restored).
 */
public final class LiveSession implements AutoCloseable {
  private final Connection connection;
  private final boolean autoCommit;
  private final LiveCatalog catalog;
  private final Expressions expressions;
  private final Types types;

  private LiveSession(Connection connection, boolean autoCommit, LiveCatalog catalog) {
    this.connection = connection;
    this.autoCommit = autoCommit;
    this.catalog = catalog;
    this.expressions = new Expressions(connection, catalog);
    this.types = new Types(connection, catalog.serverVersion());
  }

  /**
   * Opens the session and reads the catalog of {@code schemas} ({@code null} in the list stands
   * for the connection's current schema).
   */
  public static LiveSession open(Connection connection, List<String> schemas) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Statement s = connection.createStatement()) {
        s.execute("set transaction read only");
        s.execute("set local statement_timeout = '10s'");
        s.execute("set local lock_timeout = '1s'");
      }
      String current;
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select current_schema()")) {
        rs.next();
        current = Objects.requireNonNullElse(rs.getString(1), "public");
      }
      List<String> resolved = schemas.stream().map(s -> s == null ? current : s).distinct().sorted().toList();
      return new LiveSession(connection, autoCommit, CatalogReader.read(connection, current, resolved));
    } catch (SQLException | RuntimeException e) {
      restore(connection, autoCommit);
      throw e;
    }
  }

  public LiveCatalog catalog() {
    return catalog;
  }

  /** True when the two expressions over {@code table}'s columns mean the same to PostgreSQL. */
  public boolean sameExpression(QualifiedName table, String model, String live) {
    return expressions.same(table, model, live);
  }

  /** True when the model's type text names the type {@code format_type} printed for the column. */
  public boolean sameType(String model, String live) {
    return types.same(model, live);
  }

  @Override
  public void close() throws SQLException {
    restore(connection, autoCommit);
  }

  private static void restore(Connection connection, boolean autoCommit) throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
