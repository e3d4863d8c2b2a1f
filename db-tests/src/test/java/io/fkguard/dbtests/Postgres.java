package io.fkguard.dbtests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL 17 per test JVM (zonky: starting one takes seconds, a database
 * milliseconds), and a fresh database per scenario so that scenarios never see each other's
 * objects. As root, zonky runs initdb under {@code unshare -U} by itself.
 */
final class Postgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private Postgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // The JVM is going away; the data directory is a temp dir zonky cleans up.
        }
      }));
    }
    return server;
  }

  /** A new, empty database named after {@code purpose} (made unique by a counter). */
  static Database newDatabase(String purpose) {
    String name = "t" + DATABASES.incrementAndGet() + "_" + purpose.toLowerCase().replaceAll("[^a-z0-9]+", "_");
    if (name.length() > 63) {
      name = name.substring(0, 63);
    }
    try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("create database " + name, e);
    }
    return new Database(name, dataSource(name));
  }

  /**
   * Every connection carries lock and statement timeouts, so a test that would block (a lock
   * held by a forgotten transaction, a runaway query) fails instead of hanging CI.
   */
  private static PGSimpleDataSource dataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {server().getPort()});
    ds.setDatabaseName(database);
    ds.setUser("postgres");
    ds.setOptions("-c lock_timeout=10s -c statement_timeout=60s");
    ds.setConnectTimeout(10);
    ds.setSocketTimeout(90);
    return ds;
  }
}
