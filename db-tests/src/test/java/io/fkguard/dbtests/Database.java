package io.fkguard.dbtests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** One database of the embedded server. */
record Database(String name, DataSource dataSource) {

  /**
   * Runs a whole script in one transaction: it applies completely or not at all, and the
   * exception names the statement PostgreSQL rejected (the driver sends the script as one simple
   * query, so the error position points into it).
   */
  void apply(String script) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute(script);
      c.commit();
    } catch (SQLException e) {
      throw new AssertionError("database " + name + " rejected the script: " + e.getMessage()
          + "\n" + Texts.numbered(script), e);
    }
  }
}
