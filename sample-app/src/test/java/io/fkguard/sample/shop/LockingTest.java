package io.fkguard.sample.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.sample.SqlLog;
import io.fkguard.sample.catalog.AppUser;
import io.fkguard.sample.catalog.Product;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed's locking claim, on a real PostgreSQL: {@code edit} locks the product row FOR NO KEY
 * UPDATE, which a referencing insert (its foreign-key check takes FOR KEY SHARE) does not wait
 * for; a plain FOR UPDATE makes the same insert wait. Waiting is observed through
 * {@code lock_timeout}: a blocked statement fails with SQLSTATE 55P03 instead of hanging.
 */
@SpringBootTest
class LockingTest {
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  @Autowired ProductService service;
  @Autowired ProductRepository products;
  @Autowired Fixtures fixtures;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired SqlLog sql;

  private final ExecutorService transaction1 = Executors.newSingleThreadExecutor();
  private AppUser creator;
  private AppUser editor;
  private Product product;

  @BeforeEach
  void catalog() {
    creator = fixtures.user(false);
    editor = fixtures.user(false);
    product = fixtures.product(creator);
  }

  @AfterEach
  void stop() {
    transaction1.shutdownNow();
  }

  @Test
  void editSendsForNoKeyUpdateOfTheProductOnly() throws Exception {
    holdingEditLock(pid -> {});
    String lockQuery = sql.containing("for no key update").get(0);
    assertTrue(lockQuery.matches("(?s)select .* from product (\\w+) join app_user \\w+ on .* "
        + "for no key update of \\1"), lockQuery);
  }

  @Test
  void whileEditHoldsItsLockAReferencingInsertDoesNotWait() throws Exception {
    holdingEditLock(pid -> insertReview(product.getId(), creator.getId()));
    assertEquals(1, jdbc.queryForObject(
        "select count(*) from review where product_id = ?", Integer.class, product.getId()));
  }

  @Test
  void aPlainForUpdateMakesTheSameInsertWait() throws Exception {
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement(
          "select id from product where id = ? for update")) {
        lock.setLong(1, product.getId());
        lock.executeQuery().close();
      }
      SQLException blocked = assertThrows(SQLException.class,
          () -> insertReview(product.getId(), creator.getId()));
      assertEquals(LOCK_NOT_AVAILABLE, blocked.getSQLState(), blocked.getMessage());
      holder.rollback();
    }
  }

  @Test
  void afterEditOnlyTheProductRowIsLockedNotItsCreator() throws Exception {
    holdingEditLock(pid -> {
      // Relation level: the lock query named only the product (RowShareLock); the creator's
      // table was read, not locked. The UPDATE adds RowExclusiveLock on product; the check of
      // the new last_edited_by_id takes RowShareLock on app_user for the editor's row.
      List<Map<String, Object>> locks = jdbc.queryForList("""
          select c.relname, l.mode from pg_locks l join pg_class c on c.oid = l.relation
           where l.pid = ? and c.relname in ('product', 'app_user') order by 1, 2""", pid);
      assertTrue(locks.contains(Map.of("relname", "product", "mode", "RowShareLock")), locks::toString);
      // Row level: the creator's row can be locked by anyone, the product's cannot.
      assertRowFree("app_user", creator.getId());
      assertRowLocked("product", product.getId());
      // The editor's row carries FOR KEY SHARE from that FK check: nothing may delete it or
      // change its key meanwhile, but reading, editing and referencing it stay free.
      assertRowLocked("app_user", editor.getId());
    });
  }

  @Test
  void theLockQueryAloneLocksNoUserTable() throws Exception {
    int[] pidHolder = new int[1];
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> done = transaction1.submit(() -> transaction.executeWithoutResult(status -> {
      products.findForEdit(product.getId()).orElseThrow();
      pidHolder[0] = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
      locked.countDown();
      await(release);
    }));
    awaitLock(locked, done);
    try {
      List<String> modes = jdbc.queryForList("""
          select c.relname || ' ' || l.mode from pg_locks l join pg_class c on c.oid = l.relation
           where l.pid = ? and c.relname in ('product', 'app_user') order by 1""", String.class,
          pidHolder[0]);
      assertTrue(modes.contains("product RowShareLock"), modes::toString);
      assertFalse(modes.contains("app_user RowShareLock"), modes::toString);
      assertRowFree("app_user", creator.getId());
      assertRowLocked("product", product.getId());
    } finally {
      release.countDown();
      done.get(30, TimeUnit.SECONDS);
    }
  }

  /** Runs {@code edit} in transaction 1 and calls {@code whileHeld} before it commits. */
  private void holdingEditLock(SqlCheck whileHeld) throws Exception {
    int[] pid = new int[1];
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> done = transaction1.submit(() -> transaction.executeWithoutResult(status -> {
      service.edit(product.getId(), "edited", "while locked", editor);
      products.flush(); // the UPDATE too, not only the lock query
      pid[0] = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
      locked.countDown();
      await(release);
    }));
    awaitLock(locked, done);
    try {
      whileHeld.run(pid[0]);
    } finally {
      release.countDown();
      done.get(30, TimeUnit.SECONDS);
    }
  }

  /** Waits until transaction 1 holds its lock; fails at once with its exception if it failed. */
  private static void awaitLock(CountDownLatch locked, Future<?> transaction1) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!locked.await(50, TimeUnit.MILLISECONDS)) {
      if (transaction1.isDone()) {
        transaction1.get(); // throws what transaction 1 threw
      }
      assertTrue(System.nanoTime() < deadline, "transaction 1 did not take its lock");
    }
  }

  private void insertReview(long productId, long authorId) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("set lock_timeout = '2s'");
      try (PreparedStatement insert = c.prepareStatement("insert into review "
          + "(id, product_id, author_id, rating, text) values (nextval('review_seq'), ?, ?, 5, 'fine')")) {
        insert.setLong(1, productId);
        insert.setLong(2, authorId);
        insert.executeUpdate();
      } finally {
        s.execute("reset lock_timeout");
      }
    }
  }

  private void assertRowFree(String table, long id) throws SQLException {
    assertEquals(null, tryLockRow(table, id), table + " " + id + " should not be locked");
  }

  private void assertRowLocked(String table, long id) throws SQLException {
    assertEquals(LOCK_NOT_AVAILABLE, tryLockRow(table, id), table + " " + id + " should be locked");
  }

  /** FOR UPDATE NOWAIT in a rolled-back transaction: null if it got the lock, else the SQLSTATE. */
  private String tryLockRow(String table, long id) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(
          "select id from " + table + " where id = ? for update nowait")) {
        s.setLong(1, id);
        s.executeQuery().close();
        return null;
      } catch (SQLException e) {
        return e.getSQLState();
      } finally {
        c.rollback();
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @FunctionalInterface
  interface SqlCheck {
    void run(int pid) throws SQLException;
  }
}
