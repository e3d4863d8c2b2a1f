package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Done means": an existing application adopts fkguard in a real Maven build (the
 * repository's wrapper, offline): three hand-written migrations and five undecided foreign keys →
 * the baseline written → the one-time snapshot step → one finding fixed, its baseline line failing
 * until removed → a new entity and a new NOT NULL column with a default → the generated migrations
 * run under real Flyway on PostgreSQL with data present while inserts go on → a hand-written
 * migration accepted and not repeated → the snapshot deleted, emptied, garbled: clear errors,
 * nothing written → test sources compiled with the same options: main outputs byte-identical.
 */
class MavenAdoptionTest {
  private static final ExecutorService EXECUTOR = MigrationFlyway.executor();

  @AfterAll
  static void stop() {
    EXECUTOR.shutdownNow();
  }

  private Path project;

  @Test
  void anExistingApplicationAdoptsFkguard() throws Exception {
    project = Work.dir("maven-adoption");
    Files.copy(repo().resolve("db-tests/src/test/resources/maven-adoption/pom.xml"), project.resolve("pom.xml"));
    AdoptionApp.writeExisting(project);

    // Day one: five undecided foreign keys fail the build.
    String first = MavenRun.compile(project, false);
    assertEquals(5L, count(first, "[fkguard:ForeignKeyWithoutIndexDecision]"), first);

    // The baseline accepts them; the existing history without a snapshot is explained.
    String baseline = MavenRun.compile(project, false, "-Dfkguard.baseline.write=true");
    assertTrue(baseline.contains("accepting 5 findings"), baseline);
    assertTrue(baseline.contains("holds 3 versioned migrations (up to V3__reviews.sql) but no fkguard-snapshot.txt"), baseline);
    assertTrue(baseline.contains("compile once with -Afkguard.migrations.adopt=true"), baseline);
    assertEquals(5, lines(project.resolve("fkguard-baseline.txt")).size());
    assertFalse(Files.exists(migrations().resolve("fkguard-snapshot.txt")));

    // The one-time step: only the snapshot is written.
    Map<String, byte[]> history = files(migrations());
    String adopted = MavenRun.compile(project, true, "-Dfkguard.adopt=true");
    assertTrue(adopted.contains("5 findings accepted by the baseline"), adopted);
    Map<String, byte[]> afterAdoption = files(migrations());
    assertEquals(List.of("fkguard-snapshot.txt"), added(history, afterAdoption));
    MavenRun.compile(project, true); // Maven finds nothing to compile: nothing may change either
    assertEquals(List.of(), changed(afterAdoption, files(migrations())));

    // One finding fixed: its baseline line fails the build until it is removed.
    AdoptionApp.decideReviewProduct(project);
    String stale = MavenRun.compile(project, false);
    assertTrue(stale.contains("accepts ForeignKeyWithoutIndexDecision for review (product_id) -> product, but fkguard "
        + "no longer finds it: remove that line"), stale);
    assertEquals(afterAdoption.keySet(), files(migrations()).keySet(), "a failed build writes nothing");
    removeLine(project.resolve("fkguard-baseline.txt"), "review (product_id) -> product");
    MavenRun.compile(project, true);
    assertTrue(files(migrations()).containsKey("V4__review_index_product.sql"), files(migrations()).keySet().toString());

    // A new entity and a new NOT NULL column with a default.
    AdoptionApp.addCouponAndVerified(project);
    MavenRun.compile(project, true);
    String generated = allText(migrations(), "V");
    assertTrue(generated.contains("alter table customer add column verified boolean default false not null;"), generated);
    assertTrue(generated.contains("create table coupon ("), generated);

    // Real Flyway on PostgreSQL: the hand-written history, data, then the generated migrations
    // while another connection keeps inserting.
    Database db = Postgres.newDatabase("maven_adoption");
    MigrationFlyway.migrate(db, migrations(), 3, EXECUTOR);
    AdoptionApp.insertData(db);
    migrateWhileInserting(db);
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) filter (where verified = false), count(*) from customer")) {
      rs.next();
      assertEquals(rs.getLong(2), rs.getLong(1), "existing customers got the default");
    }

    // A change fkguard refuses (a NOT NULL column without a default), migrated by hand.
    AdoptionApp.addSku(project);
    String refused = MavenRun.compile(project, false);
    assertTrue(refused.contains("[fkguard:UnsafeMigration]") && refused.contains("product.sku"), refused);
    Path handWritten = migrations().resolve(AdoptionApp.nextVersion(migrations()) + "__product_sku.sql");
    Files.writeString(handWritten, "-- fkguard: handwritten\n"
        + "alter table product add column sku varchar(255);\n"
        + "update product set sku = 'sku-' || id;\n"
        + "alter table product alter column sku set not null;\n");
    Map<String, byte[]> beforeHandWritten = files(migrations());
    MavenRun.compile(project, true);
    assertEquals(List.of("fkguard-snapshot.txt"), changed(beforeHandWritten, files(migrations())));
    Map<String, byte[]> settled = files(migrations());
    MavenRun.compile(project, true);
    assertEquals(List.of(), changed(settled, files(migrations())), "the hand-written change is not repeated");
    MigrationFlyway.migrate(db, migrations(), AdoptionApp.highest(migrations()), EXECUTOR);
    // The hand-written history, adopted, plus everything since equals a fresh schema.sql.
    Database fresh = Postgres.newDatabase("maven_adoption_fresh");
    fresh.apply(Files.readString(project.resolve("src/main/resources/db/schema.sql"), StandardCharsets.UTF_8));
    assertEquals(List.of(), MigrationCatalog.diff("migrated", MigrationCatalog.of(db.dataSource()).withoutColumnOrder(),
        "schema.sql", MigrationCatalog.of(fresh.dataSource()).withoutColumnOrder()));

    // A broken snapshot: a clear error each time, and nothing written.
    Path snapshot = migrations().resolve("fkguard-snapshot.txt");
    byte[] good = Files.readAllBytes(snapshot);
    AdoptionApp.addCouponCode(project); // a pending change, so a silent re-baseline would show
    Map<String, byte[]> src = files(project.resolve("src/main/resources"));
    Files.delete(snapshot);
    assertBroken("holds " + AdoptionApp.versionCount(migrations()) + " versioned migrations", "restore it from version control");
    Files.writeString(snapshot, "");
    assertBroken("fkguard-snapshot.txt: the file is empty");
    Files.writeString(snapshot, new String(good, StandardCharsets.UTF_8) + "tabel\tproduct\n");
    assertBroken("is not a snapshot line fkguard wrote: tabel\tproduct");
    Files.write(snapshot, good);
    Map<String, byte[]> withGood = files(project.resolve("src/main/resources"));
    assertEquals(src.keySet(), withGood.keySet());

    // Test sources, compiled with the same options: the main outputs do not move.
    MavenRun.compile(project, true);
    Map<String, byte[]> main = files(project.resolve("src/main"));
    AdoptionApp.addTestSources(project);
    String tests = MavenRun.run(project, true, "test-compile");
    assertTrue(tests.contains("fkguard: test compilation"), tests);
    assertSame(main, files(project.resolve("src/main")));
  }

  /** Migrates to the end while a transaction holds the concurrent index build and inserts go on. */
  private void migrateWhileInserting(Database db) throws Exception {
    try (Connection holder = db.dataSource().getConnection(); Connection writer = db.dataSource().getConnection()) {
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("insert into review (id, product_id, author_id, text) values (0, 1, 1, 'open')");
      }
      Future<MigrateResult> migration = EXECUTOR.submit(
          () -> MigrationFlyway.migrate(db, migrations(), AdoptionApp.highest(migrations()), EXECUTOR));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!AdoptionApp.concurrentBuildRunning(writer)) {
        if (migration.isDone()) {
          migration.get();
          throw new AssertionError("the migration finished before its index build could be observed");
        }
        assertTrue(System.nanoTime() < deadline, "no CREATE INDEX CONCURRENTLY within 30 s");
        Thread.sleep(20);
      }
      try (Statement s = writer.createStatement()) {
        s.execute("set lock_timeout = '2s'");
      }
      try (PreparedStatement insert = writer.prepareStatement(
          "insert into review (id, product_id, author_id, text) values (?, 1, 1, 'during the build')")) {
        for (int i = 1; i <= 20; i++) {
          insert.setLong(1, 1_000_000 + i);
          insert.executeUpdate(); // a blocked insert fails after its 2 s lock_timeout
        }
      }
      assertFalse(migration.isDone(), "the index build ended before the inserts: they did not overlap it");
      holder.commit();
      MigrateResult result = migration.get(90, TimeUnit.SECONDS);
      assertTrue(result.migrationsExecuted >= 4, "executed " + result.migrationsExecuted);
    }
  }

  private void assertBroken(String... expected) throws IOException {
    Map<String, byte[]> before = files(project.resolve("src/main/resources"));
    String output = MavenRun.compile(project, false);
    for (String text : expected) {
      assertTrue(output.contains(text), "expected \"" + text + "\" in:\n" + output);
    }
    assertFalse(output.contains("bug in fkguard"), output);
    assertSame(before, files(project.resolve("src/main/resources")));
  }

  private Path migrations() {
    return project.resolve("src/main/resources/db/migration");
  }

  private static Path repo() {
    return Path.of(System.getProperty("fkguard.root", "..")).toAbsolutePath().normalize();
  }

  /** Distinct lines that contain {@code what}: Maven prints each compiler error twice. */
  private static long count(String text, String what) {
    return text.lines().filter(l -> l.contains(what)).map(l -> l.replaceFirst("^\\[ERROR\\] ", "")).distinct().count();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
  }

  private static void removeLine(Path file, String containing) throws IOException {
    List<String> kept = Files.readAllLines(file).stream().filter(l -> !l.contains(containing)).toList();
    Files.writeString(file, String.join("\n", kept) + "\n");
  }

  static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String allText(Path dir, String prefix) {
    StringBuilder out = new StringBuilder();
    files(dir).forEach((name, bytes) -> {
      if (name.startsWith(prefix)) {
        out.append(new String(bytes, StandardCharsets.UTF_8));
      }
    });
    return out.toString();
  }

  private static List<String> added(Map<String, byte[]> before, Map<String, byte[]> after) {
    return after.keySet().stream().filter(k -> !before.containsKey(k)).toList();
  }

  private static List<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
    List<String> out = new ArrayList<>();
    after.forEach((k, v) -> {
      if (!before.containsKey(k) || !java.util.Arrays.equals(before.get(k), v)) {
        out.add(k);
      }
    });
    return out;
  }

  private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
  }

  static void sql(Connection c, String statement) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
