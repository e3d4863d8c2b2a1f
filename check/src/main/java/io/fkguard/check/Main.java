package io.fkguard.check;

import io.fkguard.check.model.SchemaModel;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The command line: {@code java -jar fkguard-check-<version>-cli.jar --url … --schema-file …}.
 * Exit codes: 0 the database matches the model, 1 drift found, 2 the check could not run (bad
 * arguments, no model, no connection). Every failure is one line on stderr, never a stack trace.
 */
public final class Main {
  static final int CLEAN = 0;
  static final int DRIFT = 1;
  static final int CANNOT_CHECK = 2;

  static final String HELP = """
      Usage: java -jar fkguard-check-cli.jar --url URL [--user USER] [--password PASSWORD]
                  [--schema-file FILE] [--json] [--unused]

      Compares a live PostgreSQL database with fkguard's committed schema.sql and prints every
      difference with the SQL that fixes it. Read-only: one READ ONLY transaction reading the
      catalog, statement_timeout 10s, lock_timeout 1s; safe against a production primary.

        --url URL           JDBC URL, e.g. jdbc:postgresql://db.example.com:5432/shop
        --user USER         database role (default: the driver's, i.e. the OS user)
        --password PASSWORD its password (default: the environment variable PGPASSWORD, if set)
        --schema-file FILE  the model: a path, or classpath:RESOURCE
                            (default: classpath:db/schema.sql)
        --json              JSON lines on stdout, one object per finding:
                            {"kind","drift","table","object","message","fix":[...]};
                            nothing when the database matches
        --unused            also report, as information, decided indexes never scanned since the
                            statistics were reset (pg_stat_user_indexes.idx_scan = 0)
        --help              this text

      Exit status: 0 the database matches the model (information may still be printed),
                   1 drift found, 2 the check could not run (bad arguments, model file missing
                   or unreadable, cannot connect or read the catalog).

      The plain fkguard-check jar has no driver: java -cp fkguard-check.jar:postgresql.jar
      io.fkguard.check.Main ... The -cli jar includes the PostgreSQL driver.
      The role needs only CONNECT on the database: no USAGE, no SELECT, not even
      pg_read_all_stats (measured on PostgreSQL 17, --unused included).
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The whole command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("fkguard check: " + e.getMessage() + " (see --help)");
      return CANNOT_CHECK;
    }
    if (a.help()) {
      out.print(HELP);
      return CLEAN;
    }
    SchemaModel model;
    try {
      model = FkguardCheck.loadModel(a.schemaFile());
    } catch (FkguardCheckException e) {
      err.println("fkguard check: " + e.getMessage());
      return CANNOT_CHECK;
    }
    Properties properties = new Properties();
    if (a.user() != null) {
      properties.setProperty("user", a.user());
    }
    if (a.password() != null) {
      properties.setProperty("password", a.password());
    }
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("socketTimeout", "60");
    properties.setProperty("ApplicationName", "fkguard-check");
    CheckReport report;
    try (Connection connection = DriverManager.getConnection(a.url(), properties)) {
      report = FkguardCheck.check(connection, model, a.unused());
    } catch (SQLException e) {
      err.println("fkguard check: cannot check " + a.url().replaceFirst("\\?.*$", "") + ": " + oneLine(e));
      return CANNOT_CHECK;
    }
    out.print(a.json() ? report.jsonLines() : report.text());
    return report.isClean() ? CLEAN : DRIFT;
  }

  private static String oneLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.startsWith("No suitable driver")) {
      message = "no PostgreSQL JDBC driver for this URL on the class path (use the -cli jar, or "
          + "java -cp fkguard-check.jar:postgresql.jar io.fkguard.check.Main)";
    }
    return message.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  record Arguments(String url, String user, String password, String schemaFile, boolean json, boolean unused,
      boolean help) {

    static Arguments parse(String[] args) {
      String url = null;
      String user = null;
      String password = System.getenv("PGPASSWORD");
      String schemaFile = ModelSource.DEFAULT_LOCATION;
      boolean json = false;
      boolean unused = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--help", "-h" -> {
            return new Arguments(null, null, null, null, false, false, true);
          }
          case "--json" -> json = true;
          case "--unused" -> unused = true;
          case "--url" -> url = value(args, ++i, "--url");
          case "--user" -> user = value(args, ++i, "--user");
          case "--password" -> password = value(args, ++i, "--password");
          case "--schema-file" -> schemaFile = value(args, ++i, "--schema-file");
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (url == null) {
        throw new IllegalArgumentException("--url is required");
      }
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("--url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not " + url);
      }
      return new Arguments(url, user, password, schemaFile, json, unused, false);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
