package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.check.CheckReport;
import io.fkguard.check.FkguardCheck;
import io.fkguard.check.drift.Drift;
import io.fkguard.check.drift.DriftCheck;
import io.fkguard.check.live.LiveSession;
import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * fkguard check on a real PostgreSQL: a database Flyway migrated from the sample app's committed
 * migrations matches the committed schema.sql; then each drift is made for real, found with its
 * message and fix, and running the fix makes the database clean again. Where pg-index-health has
 * the same check, it is run on the same database and must name the same objects (or the test
 * says why not).
 */
class LiveCheckTest {
  private static final ExecutorService EXECUTOR = MigrationFlyway.executor();

  @AfterAll
  static void stop() {
    EXECUTOR.shutdownNow();
  }

  private static Database migrated(String purpose) {
    return LiveCheck.migrated(purpose, LiveCheck.latestVersion(), EXECUTOR);
  }

  /** Runs every fix of the report and demands a clean database afterwards. */
  private static void fixesRepair(Database db, CheckReport report) {
    LiveCheck.execute(db, LiveCheck.fixes(report));
    CheckReport after = LiveCheck.check(db);
    assertTrue(after.isClean(), "after running the fixes:\n" + after.text());
  }

  @Test
  void theMigratedDatabaseMatchesTheModel() {
    Database db = migrated("clean");
    CheckReport report = FkguardCheck.assertDatabaseMatches(db.dataSource(), LiveCheck.SCHEMA_SQL.toString());
    assertEquals(List.of(), report.drifts());
    assertTrue(report.text().matches("fkguard check: jdbc:postgresql://localhost:\\d+/t\\d+_check_clean matches "
        + ".*schema\\.sql \\(4 tables, 10 indexes, 5 foreign keys, 4 sequences\\): no drift\n"), report.text());
    for (Diagnostic d : List.of(Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX, Diagnostic.INVALID_INDEXES,
        Diagnostic.DUPLICATED_INDEXES, Diagnostic.INTERSECTED_INDEXES, Diagnostic.NOT_VALID_CONSTRAINTS)) {
      assertEquals(Set.of(), LiveCheck.indexHealth(db, d), d + " on the clean database");
    }
  }

  @Test
  void aDroppedIndexIsMissingAndItsForeignKeyUnserved() {
    Database db = migrated("dropped_index");
    LiveCheck.execute(db, List.of("drop index review_author_idx"));
    CheckReport report = LiveCheck.check(db);
    assertEquals(List.of("MissingIndex review review_author_idx",
        "ForeignKeyWithoutIndex review review_author_id_fkey"), LiveCheck.found(report), report.text());
    Drift missing = LiveCheck.only(report, "MissingIndex");
    assertEquals("Index review_author_idx on review (author_id) of the model is not in the database.", missing.message());
    assertEquals(List.of("create index concurrently review_author_idx on review (author_id);"), missing.fix());
    Drift unserved = LiveCheck.only(report, "ForeignKeyWithoutIndex");
    assertEquals("Foreign key review_author_id_fkey review (author_id) -> app_user has no valid index that starts"
        + " with its columns, so every delete from app_user (and every change of its key) scans review; the model"
        + " decides review_author_idx for it.", unserved.message());
    assertEquals(missing.fix(), unserved.fix());
    assertEquals(Set.of("review (author_id)"), LiveCheck.indexHealth(db, Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX));
    LiveCheck.execute(db, missing.fix()); // both findings name the same one statement
    assertTrue(LiveCheck.check(db).isClean());
  }

  @Test
  void handMadeIndexesAreClassifiedDuplicateRedundantOrUnrelated() {
    Database db = migrated("extra_indexes");
    LiveCheck.execute(db, List.of(
        "create index product_created_by_id_idx on product (created_by_id)",          // = product_created_by_idx
        "create index product_category_id_idx on product (category_id)",              // prefix of the unique constraint
        "create index product_name_idx on product (name)"));                          // nothing like it in the model
    CheckReport report = LiveCheck.check(db);
    System.out.println(report.text());
    assertEquals(List.of("DuplicateIndex product product_created_by_id_idx",
        "RedundantIndex product product_category_id_idx",
        "UnrelatedIndex product product_name_idx"), LiveCheck.found(report), report.text());
    assertEquals("Index product_created_by_id_idx on product (created_by_id) (8192 bytes) is not in the model and"
        + " duplicates its index product_created_by_idx on product (created_by_id): every write maintains both.",
        LiveCheck.only(report, "DuplicateIndex").message());
    assertEquals("Index product_category_id_idx on product (category_id) (8192 bytes) is not in the model and is"
        + " redundant: the model's unique constraint product_category_sort_order_uk on product (category_id,"
        + " category_sort_order) starts with the same columns and serves the same lookups.",
        LiveCheck.only(report, "RedundantIndex").message());
    assertTrue(LiveCheck.only(report, "UnrelatedIndex").message().startsWith("Index product_name_idx on product (name)"
        + " (8192 bytes) is not in the model. Declare it on the entity (@Table(indexes = @Index(name ="
        + " \"product_name_idx\", columnList = \"name\"))) if it is wanted, or drop it."));
    assertEquals(List.of("drop index concurrently product_created_by_id_idx;",
        "drop index concurrently product_category_id_idx;", "drop index concurrently product_name_idx;"),
        LiveCheck.fixes(report));
    // pg-index-health sees the same two pairs among all the indexes (it knows no model, so it
    // cannot say which of a pair is the hand-made one, nor call product_name_idx unrelated).
    assertEquals(Set.of("product_created_by_id_idx+product_created_by_idx"),
        LiveCheck.indexHealth(db, Diagnostic.DUPLICATED_INDEXES));
    assertEquals(Set.of("product_category_id_idx+product_category_sort_order_uk"),
        LiveCheck.indexHealth(db, Diagnostic.INTERSECTED_INDEXES));
    fixesRepair(db, report);
  }

  @Test
  void aCancelledConcurrentBuildLeavesAnInvalidIndex() throws Exception {
    Database db = migrated("invalid_index");
    LiveCheck.execute(db, List.of("drop index product_created_by_idx"));
    try (Connection holder = db.dataSource().getConnection(); Connection watcher = db.dataSource().getConnection()) {
      // An open write transaction on product: CREATE INDEX CONCURRENTLY commits the (invalid)
      // index to the catalog, then waits for it. Cancelling it there leaves the index behind.
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("update product set name = name where false");
      }
      Future<String> build = EXECUTOR.submit(() -> {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
          s.execute("create index concurrently product_created_by_idx on product (created_by_id)");
          return "finished";
        } catch (SQLException e) {
          return e.getSQLState() + " " + e.getMessage();
        }
      });
      int pid = awaitWaitingBuild(watcher);
      try (Statement s = watcher.createStatement()) {
        s.execute("select pg_cancel_backend(" + pid + ")");
      }
      assertEquals("57014 ERROR: canceling statement due to user request", build.get(30, TimeUnit.SECONDS));
      holder.rollback();
    }
    CheckReport report = LiveCheck.check(db);
    System.out.println(report.text());
    assertEquals(List.of("InvalidIndex product product_created_by_idx",
        "ForeignKeyWithoutIndex product product_created_by_id_fkey"), LiveCheck.found(report), report.text());
    Drift invalid = LiveCheck.only(report, "InvalidIndex");
    assertTrue(invalid.message().startsWith("Index product_created_by_idx on product is INVALID (pg_index.indisvalid"
        + " = false: a CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY failed or was cancelled)"), invalid.message());
    assertEquals(List.of("drop index concurrently product_created_by_idx;",
        "create index concurrently product_created_by_idx on product (created_by_id);"), invalid.fix());
    assertEquals(invalid.fix(), LiveCheck.only(report, "ForeignKeyWithoutIndex").fix());
    assertEquals(Set.of("product_created_by_idx"), LiveCheck.indexHealth(db, Diagnostic.INVALID_INDEXES));
    // The one documented difference: pg-index-health counts an INVALID index as serving the key
    // (it does not read indisvalid), so it reports no FK; PostgreSQL never uses that index.
    assertEquals(Set.of(), LiveCheck.indexHealth(db, Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX));
    LiveCheck.execute(db, invalid.fix());
    assertTrue(LiveCheck.check(db).isClean(), () -> LiveCheck.check(db).text());
  }

  private static int awaitWaitingBuild(Connection watcher) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (Statement s = watcher.createStatement(); ResultSet rs = s.executeQuery("""
          select pid from pg_stat_activity
          where query like 'create index concurrently%' and wait_event_type = 'Lock'""")) {
        if (rs.next()) {
          return rs.getInt(1);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the concurrent build never waited for the open transaction");
  }

  @Test
  void foreignKeysLeftNotValidWhenTheValidateMigrationNeverRan() {
    Database db = LiveCheck.migrated("not_valid", LiveCheck.latestVersion() - 1, EXECUTOR); // V4 validates
    CheckReport report = LiveCheck.check(db);
    assertEquals(List.of("NotValidConstraint review review_author_id_fkey",
        "NotValidConstraint review review_product_id_fkey"), LiveCheck.found(report), report.text());
    assertEquals("Foreign key review_author_id_fkey on review is NOT VALID: rows written before it was added were"
        + " never checked (its VALIDATE migration did not run). VALIDATE scans the table without blocking writes.",
        report.drifts().get(0).message());
    assertEquals(List.of("alter table review validate constraint review_author_id_fkey;",
        "alter table review validate constraint review_product_id_fkey;"), LiveCheck.fixes(report));
    assertEquals(Set.of("review_author_id_fkey", "review_product_id_fkey"),
        LiveCheck.indexHealth(db, Diagnostic.NOT_VALID_CONSTRAINTS));
    fixesRepair(db, report);
  }

  @Test
  void aChangedPartialPredicateIsFoundAndNoLongerServesTheForeignKey() {
    Database db = migrated("predicate");
    LiveCheck.execute(db, List.of("drop index product_last_edited_by_part_idx",
        "create index product_last_edited_by_part_idx on product (last_edited_by_id) where last_edited_by_id > 0"));
    CheckReport report = LiveCheck.check(db);
    assertEquals(List.of("IndexDiffers product product_last_edited_by_part_idx",
        "ForeignKeyWithoutIndex product product_last_edited_by_id_fkey"), LiveCheck.found(report), report.text());
    Drift differs = LiveCheck.only(report, "IndexDiffers");
    assertEquals("Index product_last_edited_by_part_idx on product differs: its predicate is where"
        + " last_edited_by_id > 0 in the database, where last_edited_by_id IS NOT NULL in the model. The database"
        + " has: CREATE INDEX product_last_edited_by_part_idx ON public.product USING btree (last_edited_by_id)"
        + " WHERE (last_edited_by_id > 0)", differs.message());
    assertEquals(List.of("create index concurrently product_last_edited_by_part_idx_fkguard_new on product"
            + " (last_edited_by_id) where last_edited_by_id IS NOT NULL;",
        "drop index concurrently product_last_edited_by_part_idx;",
        "alter index product_last_edited_by_part_idx_fkguard_new rename to product_last_edited_by_part_idx;"),
        differs.fix());
    // pg-index-health ignores predicates: for it the partial index still covers the key.
    assertEquals(Set.of(), LiveCheck.indexHealth(db, Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX));
    LiveCheck.execute(db, differs.fix());
    assertTrue(LiveCheck.check(db).isClean(), () -> LiveCheck.check(db).text());
  }

  @Test
  void aPredicateWrittenAnotherWayIsTheSamePredicate() {
    Database db = migrated("same_predicate");
    LiveCheck.execute(db, List.of("drop index product_last_edited_by_part_idx",
        "create index product_last_edited_by_part_idx on product (last_edited_by_id) where not (last_edited_by_id is null)"));
    CheckReport report = LiveCheck.check(db);
    assertEquals(List.of(), report.drifts(), report.text());
  }

  @Test
  void aMissingColumnIsFoundWithItsDefinition() {
    Database db = migrated("missing_column");
    LiveCheck.execute(db, List.of("alter table review drop column text"));
    CheckReport report = LiveCheck.check(db);
    assertEquals(List.of("MissingColumn review text"), LiveCheck.found(report), report.text());
    assertEquals("Column review.text (varchar(2000)) of the model is not in the database.", report.drifts().get(0).message());
    assertEquals(List.of("alter table review add column text varchar(2000);"), LiveCheck.fixes(report));
    fixesRepair(db, report);
  }

  @Test
  void aChangedOnDeleteActionIsFound() {
    Database db = migrated("on_delete");
    LiveCheck.execute(db, List.of("alter table review drop constraint review_product_id_fkey, add constraint"
        + " review_product_id_fkey foreign key (product_id) references product (id) on delete cascade"));
    CheckReport report = LiveCheck.check(db);
    System.out.println(report.text());
    assertEquals(List.of("ForeignKeyDiffers review review_product_id_fkey"), LiveCheck.found(report), report.text());
    assertEquals("Foreign key review_product_id_fkey review (product_id) -> product (id) differs: its ON DELETE"
        + " action is CASCADE in the database, NO ACTION in the model.", report.drifts().get(0).message());
    assertEquals(List.of("alter table review drop constraint review_product_id_fkey, add constraint"
            + " review_product_id_fkey foreign key (product_id) references product (id) not valid;",
        "alter table review validate constraint review_product_id_fkey;"), LiveCheck.fixes(report));
    fixesRepair(db, report);
  }

  @Test
  void aColumnTypeAndNullabilityChangeAndAMissingSequenceAreFound() {
    Database db = migrated("column_type");
    LiveCheck.execute(db, List.of("alter table category alter column name type varchar(80)",
        "alter table review alter column text set not null", "drop sequence review_seq"));
    CheckReport report = LiveCheck.check(db);
    assertEquals(List.of("MissingSequence review_seq review_seq", "ColumnDiffers category name",
        "ColumnDiffers review text"), LiveCheck.found(report), report.text());
    assertEquals(List.of("create sequence review_seq start with 1 increment by 50;",
        "alter table category alter column name type varchar(50);",
        "alter table review alter column text drop not null;"), LiveCheck.fixes(report));
    fixesRepair(db, report);
  }

  @Test
  void unusedDecidedIndexesAreInformationOnly() {
    Database db = migrated("unused");
    CheckReport report = LiveCheck.check(db, true);
    assertTrue(report.isClean(), report.text());
    assertEquals(List.of("UnusedIndex product product_created_by_idx",
        "UnusedIndex product product_last_edited_by_part_idx", "UnusedIndex review review_author_idx",
        "UnusedIndex review review_product_idx"), LiveCheck.found(report), report.text());
    assertFalse(report.text().contains("fix:"), report.text());
  }

  /** The README's example report: several drifts in one database, as an operator would meet them. */
  @Test
  void severalDriftsAtOnceAreReportedInOrderEachWithItsFix() {
    Database db = LiveCheck.migrated("several", LiveCheck.latestVersion() - 1, EXECUTOR); // V4 never ran
    LiveCheck.execute(db, List.of("drop index review_product_idx",
        "create index review_product_id_idx on review (product_id, rating)",
        "create index product_created_by_id_idx on product (created_by_id)",
        "alter table product drop constraint product_created_by_id_fkey, add constraint product_created_by_id_fkey"
            + " foreign key (created_by_id) references app_user (id) on delete cascade"));
    long start = System.nanoTime();
    CheckReport report = LiveCheck.check(db);
    System.out.printf("the check took %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    System.out.println(report.text());
    assertEquals(List.of("MissingIndex review review_product_idx",
        "ForeignKeyDiffers product product_created_by_id_fkey",
        "NotValidConstraint review review_author_id_fkey",
        "NotValidConstraint review review_product_id_fkey",
        "DuplicateIndex product product_created_by_id_idx",
        "UnrelatedIndex review review_product_id_idx"), LiveCheck.found(report), report.text());
    fixesRepair(db, report);
  }

  /**
   * Read-only and lock-free on user relations: inside the session, after the whole comparison
   * (catalog read, sizes, a predicate PostgreSQL had to normalise), this backend holds locks on
   * catalog relations only, none on a table or index of the application, and a write fails.
   */
  @Test
  void theSessionIsReadOnlyAndHoldsNoLockOnTheApplicationsRelations() throws SQLException {
    Database db = migrated("locks");
    LiveCheck.execute(db, List.of("drop index product_last_edited_by_part_idx",
        "create index product_last_edited_by_part_idx on product (last_edited_by_id) where not (last_edited_by_id is null)"));
    try (Connection c = db.dataSource().getConnection()) {
      try (LiveSession session = LiveSession.open(c, LiveCheck.model().schemas())) {
        assertTrue(DriftCheck.compare(LiveCheck.model(), session, true).stream().allMatch(d -> !d.kind().isDrift()));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
            select coalesce(string_agg(l.relation::regclass::text || ' ' || l.mode, ', '), '')
            from pg_locks l join pg_class r on r.oid = l.relation join pg_namespace n on n.oid = r.relnamespace
            where l.pid = pg_backend_pid() and n.nspname = 'public'""")) {
          rs.next();
          assertEquals("", rs.getString(1), "locks this session holds on the application's relations");
        }
        try (Statement s = c.createStatement()) {
          SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
              () -> s.execute("create index x on product (name)"));
          assertEquals("25006", refused.getSQLState(), refused.getMessage()); // read_only_sql_transaction
        }
      }
      assertTrue(c.getAutoCommit(), "the connection is given back in autocommit, as it came");
    }
  }
}
