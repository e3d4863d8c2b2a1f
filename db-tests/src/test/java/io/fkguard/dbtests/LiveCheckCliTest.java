package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.check.Main;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The command line's contract: exit 0 clean, 1 drift, 2 cannot check; JSON lines; one line on
 * stderr for every failure; it works for a role with nothing but CONNECT and pg_read_all_stats;
 * and the -cli jar runs with {@code java -jar} alone.
 */
class LiveCheckCliTest {
  private static final ExecutorService EXECUTOR = MigrationFlyway.executor();

  @AfterAll
  static void stop() {
    EXECUTOR.shutdownNow();
  }

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String url(Database db) {
    return "jdbc:postgresql://localhost:" + ((PGSimpleDataSource) db.dataSource()).getPortNumbers()[0] + "/" + db.name();
  }

  private static Database migrated(String purpose) {
    return LiveCheck.migrated(purpose, LiveCheck.latestVersion(), EXECUTOR);
  }

  private static final String MODEL = LiveCheck.SCHEMA_SQL.toString();

  @Test
  void aCleanDatabaseExitsZeroWithOneLine() {
    Database db = migrated("cli_clean");
    Run r = run("--url", url(db), "--user", "postgres", "--schema-file", MODEL);
    assertEquals(0, r.status(), r.err());
    assertEquals("fkguard check: " + url(db) + " matches " + MODEL
        + " (4 tables, 10 indexes, 5 foreign keys, 4 sequences): no drift\n", r.out());
    assertEquals("", r.err());
    Run json = run("--url", url(db), "--user", "postgres", "--schema-file", MODEL, "--json");
    assertEquals(new Run(0, "", ""), json);
  }

  @Test
  void driftExitsOneAndJsonLinesGiveOneObjectPerFinding() {
    Database db = migrated("cli_drift");
    LiveCheck.execute(db, List.of("drop index review_author_idx"));
    Run r = run("--url", url(db), "--user", "postgres", "--schema-file", MODEL, "--json");
    assertEquals(1, r.status(), r.err());
    assertEquals("""
        {"kind":"MissingIndex","drift":true,"table":"review","object":"review_author_idx","message":"Index review_author_idx on review (author_id) of the model is not in the database.","fix":["create index concurrently review_author_idx on review (author_id);"]}
        {"kind":"ForeignKeyWithoutIndex","drift":true,"table":"review","object":"review_author_id_fkey","message":"Foreign key review_author_id_fkey review (author_id) -> app_user has no valid index that starts with its columns, so every delete from app_user (and every change of its key) scans review; the model decides review_author_idx for it.","fix":["create index concurrently review_author_idx on review (author_id);"]}
        """, r.out());
    Run text = run("--url", url(db), "--user", "postgres", "--schema-file", MODEL);
    assertEquals(1, text.status());
    assertTrue(text.out().startsWith("fkguard check: " + url(db) + " differs from " + MODEL + ": 2 drifts\n"
        + "[MissingIndex] review review_author_idx\n"), text.out());
  }

  @Test
  void aRoleWithOnlyConnectAndReadAllStatsCanRunEveryCheck() throws SQLException {
    Database db = migrated("cli_role");
    // The predicate written another way: the check must ask PostgreSQL, which this role can do
    // without any privilege on the table.
    LiveCheck.execute(db, List.of("drop index product_last_edited_by_part_idx",
        "create index product_last_edited_by_part_idx on product (last_edited_by_id) where not (last_edited_by_id is null)",
        "do $$ begin if not exists (select from pg_roles where rolname = 'fkguard_check') then"
            + " create role fkguard_check login; end if; end $$",
        "revoke connect on database " + db.name() + " from public",
        "grant connect on database " + db.name() + " to fkguard_check",
        "grant pg_read_all_stats to fkguard_check"));
    PGSimpleDataSource restricted = (PGSimpleDataSource) db.dataSource();
    try (Connection c = restricted.getConnection("fkguard_check", ""); Statement s = c.createStatement()) {
      SQLException denied = assertThrows(SQLException.class, () -> s.executeQuery("select count(*) from product"));
      assertEquals("42501", denied.getSQLState(), "the role must not be able to read the table");
    }
    Run r = run("--url", url(db), "--user", "fkguard_check", "--schema-file", MODEL, "--unused");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().startsWith("fkguard check: " + url(db) + " matches " + MODEL
        + " (4 tables, 10 indexes, 5 foreign keys, 4 sequences): no drift, 4 notes\n"
        + "[UnusedIndex] product product_created_by_idx (information)\n"), r.out());
    // Measured: the catalog, pg_stat_user_indexes and pg_relation_size need no role at all, so
    // CONNECT alone gives the same report; pg_read_all_stats is belt and braces.
    LiveCheck.execute(db, List.of("revoke pg_read_all_stats from fkguard_check"));
    assertEquals(r, run("--url", url(db), "--user", "fkguard_check", "--schema-file", MODEL, "--unused"));
  }

  @Test
  void everyFailureToCheckIsOneLineAndExitsTwo() {
    Database db = migrated("cli_errors");
    Path missing = LiveCheck.SCHEMA_SQL.resolveSibling("no-such-schema.sql");
    assertEquals(new Run(2, "", "fkguard check: model file " + missing + " does not exist\n"),
        run("--url", url(db), "--schema-file", missing.toString()));
    String wrongDatabase = url(db) + "_nope";
    assertEquals(new Run(2, "", "fkguard check: cannot check " + wrongDatabase + ": FATAL: database \""
        + db.name() + "_nope\" does not exist\n"), run("--url", wrongDatabase, "--user", "postgres", "--schema-file", MODEL));
    Run refused = run("--url", "jdbc:postgresql://localhost:1/shop", "--schema-file", MODEL);
    assertEquals(2, refused.status());
    assertTrue(refused.err().matches("fkguard check: cannot check jdbc:postgresql://localhost:1/shop: Connection to"
        + " localhost:1 refused\\..*\n"), refused.err());
    assertEquals(new Run(2, "", "fkguard check: --url must be a PostgreSQL JDBC URL"
        + " (jdbc:postgresql://host:port/database), not jdbc:mysql://x/y (see --help)\n"), run("--url", "jdbc:mysql://x/y"));
    assertEquals(new Run(2, "", "fkguard check: --url is required (see --help)\n"), run("--json"));
    assertEquals(new Run(2, "", "fkguard check: unknown argument --verbose (see --help)\n"),
        run("--url", url(db), "--verbose"));
  }

  @Test
  void helpDocumentsEveryOptionAndExitStatus() {
    Run r = run("--help");
    assertEquals(0, r.status());
    for (String documented : List.of("--url URL", "--user USER", "--password PASSWORD", "PGPASSWORD",
        "--schema-file FILE", "classpath:db/schema.sql", "--json", "--unused", "--help", "Exit status: 0",
        "1 drift found", "2 the check could not run", "pg_read_all_stats")) {
      assertTrue(r.out().contains(documented), "--help does not mention " + documented + ":\n" + r.out());
    }
  }

  /**
   * A wrong password needs a server that asks for one: the shared server trusts every local
   * connection, so this test starts its own, whose pg_hba.conf demands scram-sha-256 of one role.
   */
  @Test
  void aWrongPasswordIsOneLineAndExitsTwo() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
      try {
        Path hba = dir.toPath().resolve("pg_hba.conf");
        Files.writeString(hba, "host all fkguard_password 127.0.0.1/32 scram-sha-256\n"
            + "host all fkguard_password ::1/128 scram-sha-256\n" + Files.readString(hba));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).start()) {
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("create role fkguard_password login password 'right'");
      }
      String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
      assertEquals(new Run(2, "", "fkguard check: cannot check " + url + ": FATAL: password authentication failed"
          + " for user \"fkguard_password\"\n"),
          run("--url", url, "--user", "fkguard_password", "--password", "wrong", "--schema-file", MODEL));
      Run right = run("--url", url, "--user", "fkguard_password", "--password", "right", "--schema-file", MODEL);
      assertEquals(1, right.status(), right.err()); // connected: the empty database lacks every table
      assertTrue(right.out().contains("[MissingTable] app_user app_user\n"), right.out());
    }
  }

  /** The shaded jar, started as an operator would: java -jar, nothing else on the class path. */
  @Test
  void theCliJarRunsWithJavaJarAlone() throws Exception {
    Database db = migrated("cli_jar");
    Path jar = cliJar();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    assertEquals(0, process(List.of(java.toString(), "-jar", jar.toString(), "--url", url(db), "--user", "postgres",
        "--schema-file", MODEL)));
    LiveCheck.execute(db, List.of("alter table review drop column text"));
    assertEquals(1, process(List.of(java.toString(), "-jar", jar.toString(), "--url", url(db), "--user", "postgres",
        "--schema-file", MODEL)));
  }

  private static int process(List<String> command) throws Exception {
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the jar did not finish: " + output);
    assertTrue(output.startsWith("fkguard check: "), output);
    return p.exitValue();
  }

  private static Path cliJar() {
    Path target = Path.of(System.getProperty("fkguard.root", ".."), "check", "target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("fkguard-check-.*-cli\\.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("no fkguard-check-*-cli.jar in " + target
              + ": build the check module's package phase first (./mvnw verify does)"));
    } catch (IOException e) {
      throw new UncheckedIOException("no " + target + ": build the check module first (./mvnw verify does)", e);
    }
  }
}
