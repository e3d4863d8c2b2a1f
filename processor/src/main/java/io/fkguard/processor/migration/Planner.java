package io.fkguard.processor.migration;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.catalog.PgForeignKey;
import io.fkguard.processor.catalog.PgIndex;
import io.fkguard.processor.catalog.PgSequence;
import io.fkguard.processor.catalog.PgTable;
import io.fkguard.processor.catalog.PgUnique;
import io.fkguard.processor.catalog.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the difference between two schemas into migration steps that are safe on a live
 * PostgreSQL database. The order of the steps is the point, each rule with its reason:
 * <ol>
 *   <li>structure, in one transaction: new sequences and tables, new nullable columns, index
 *       renames, dropped FKs and unique constraints (dropping never waits for data);
 *   <li>each new index on an existing table, {@code CONCURRENTLY}, alone in its own
 *       non-transactional file (so writes go on while it builds);
 *   <li>new constraints that would scan or lock: unique constraints {@code USING INDEX} built in
 *       step 2, FKs {@code NOT VALID} (instant), and index comments;
 *   <li>{@code VALIDATE CONSTRAINT} for the new FKs, separately: it scans but only takes a
 *       SHARE UPDATE EXCLUSIVE lock, so it must not share a transaction with step 3;
 *   <li>a column made NOT NULL: a {@code check (c is not null) not valid} in step 3, validated in
 *       a step of its own, then {@code set not null} (which trusts the valid check instead of
 *       scanning under its exclusive lock, PostgreSQL 12+) and the check dropped;
 *   <li>dropped indexes, {@code CONCURRENTLY}, one per file, after the creates (create before
 *       drop: no moment without an index);
 *   <li>changes that lose data (dropped tables with their FKs, dropped columns and sequences,
 *       changed types), only when allowed.
 * </ol>
 * Changing only an index decision therefore yields only index statements: the FK constraint is
 * compared by its own definition and is never dropped and re-added for an index change.
 */
final class Planner {
  /** What the planner refused to write, and why. */
  record Blocked(String object, String reason) {}

  record Plan(List<Step> steps, List<Blocked> blocked) {}

  private final Catalog before;
  private final Catalog after;
  private final Set<String> allowedDataLoss;
  private final List<Blocked> blocked = new ArrayList<>();

  private Planner(Catalog before, Catalog after, Set<String> allowedDataLoss) {
    this.before = before;
    this.after = after;
    this.allowedDataLoss = allowedDataLoss;
  }

  /**
   * @param allowedDataLoss tables ({@code product}) and columns ({@code product.legacy_code}) the
   *     user allows to drop or change destructively ({@code -Afkguard.allowDataLoss})
   */
  static Plan plan(Catalog before, Catalog after, Set<String> allowedDataLoss) {
    return new Planner(before, after, allowedDataLoss).plan();
  }

  private Plan plan() {
    List<Step> steps = new ArrayList<>();
    ColumnChanges columnChanges = new ColumnChanges(allowedDataLoss, blocked);
    Statements structure = new Statements();
    Statements constraints = new Statements();
    Statements validate = new Statements();
    Statements validateNotNull = new Statements();
    Statements setNotNull = new Statements();
    Statements destructive = new Statements();
    List<Step> createIndexes = new ArrayList<>();
    List<Step> dropIndexes = new ArrayList<>();

    sequences(structure);
    for (PgTable table : after.tables().values()) {
      PgTable old = before.tables().get(table.name());
      if (old == null) {
        structure.add(table.name(), Sql.createTable(table), Sql.dropTable(table));
      } else {
        columnChanges.columns(old, table, structure, destructive);
        columnChanges.notNull(old, table, constraints, validateNotNull, setNotNull);
        checks(old, table, structure, constraints, validate);
      }
    }
    // Dropped FKs and unique constraints go first: nothing can depend on them any more. Those of
    // a dropped table go with it, in the last step (where its undo re-creates them).
    for (PgForeignKey fk : before.foreignKeys().values()) {
      if (!Objects.equals(after.foreignKeys().get(fk.key()), fk) && after.tables().containsKey(fk.table())) {
        structure.add(fk.table(), Sql.dropConstraint(fk.table(), fk.name()), Sql.addForeignKey(fk, false));
      }
    }
    for (PgUnique u : before.uniques().values()) {
      if (!Objects.equals(after.uniques().get(u.key()), u) && after.tables().containsKey(u.table())) {
        structure.add(u.table(), Sql.dropConstraint(u.table(), u.name()), Sql.addUnique(u));
      }
    }
    indexes(structure, constraints, createIndexes, dropIndexes);
    for (PgUnique u : after.uniques().values()) {
      if (Objects.equals(before.uniques().get(u.key()), u)) {
        continue;
      }
      if (!before.tables().containsKey(u.table())) {
        // A new, empty table: no need to build it concurrently; dropping the table undoes it.
        structure.add(u.table(), Sql.addUnique(u));
      } else {
        createIndexes.add(new Step(fileName(u.table()) + "_unique_" + shortName(u.table(), u.name()), false,
            Sql.createUniqueIndexConcurrently(u), List.of(Sql.dropIndexConcurrently(u.table(), u.name()))));
        constraints.add(u.table(), Sql.addUniqueUsingIndex(u), Sql.dropConstraint(u.table(), u.name()));
      }
    }
    for (PgForeignKey fk : after.foreignKeys().values()) {
      if (!Objects.equals(before.foreignKeys().get(fk.key()), fk)) {
        constraints.add(fk.table(), Sql.addForeignKey(fk, true), Sql.dropConstraint(fk.table(), fk.name()));
        validate.add(fk.table(), Sql.validateConstraint(fk.table(), fk.name()));
      }
    }
    dropped(destructive);

    add(steps, structure.step("schema"));
    steps.addAll(createIndexes);
    add(steps, constraints.step("constraints"));
    add(steps, validate.step("validate_foreign_keys"));
    add(steps, validateNotNull.step("validate_not_null"));
    add(steps, setNotNull.step("set_not_null"));
    steps.addAll(dropIndexes);
    add(steps, destructive.step("drop"));
    return new Plan(steps, blocked);
  }

  /**
   * New sequences first (a new table's ids may come from one), changed ones altered; a dropped
   * sequence loses its position, so like a table it goes only when allowed, in the last step.
   */
  private void sequences(Statements structure) {
    for (PgSequence s : after.sequences().values()) {
      PgSequence was = before.sequences().get(s.name());
      if (was == null) {
        structure.add("", Sql.createSequence(s), Sql.dropSequence(s));
      } else if (!was.equals(s)) {
        structure.add("", Sql.alterSequence(s), Sql.alterSequence(was));
      }
    }
  }

  /**
   * Table checks (the discriminator's values, a subclass's NOT NULL, order columns): a changed or
   * new check is added NOT VALID and validated later, like a foreign key; adding a SINGLE_TABLE
   * subclass changes the discriminator check this way.
   */
  private void checks(PgTable old, PgTable table, Statements structure, Statements constraints,
      Statements validate) {
    old.checks().forEach((name, expression) -> {
      if (!expression.equals(table.checks().get(name))) {
        structure.add(table.name(), Sql.dropConstraint(table.name(), name),
            Sql.addCheck(table.name(), name, expression), Sql.validateConstraint(table.name(), name));
      }
    });
    table.checks().forEach((name, expression) -> {
      if (!expression.equals(old.checks().get(name))) {
        constraints.add(table.name(), Sql.addCheck(table.name(), name, expression),
            Sql.dropConstraint(table.name(), name));
        validate.add(table.name(), Sql.validateConstraint(table.name(), name));
      }
    });
  }

  private void indexes(Statements structure, Statements constraints, List<Step> creates, List<Step> drops) {
    Map<String, PgIndex> oldIndexes = before.indexes();
    for (PgIndex index : after.indexes().values()) {
      PgIndex was = oldIndexes.get(index.key());
      if (was != null && was.sameDefinition(index)) {
        if (!Objects.equals(was.comment(), index.comment())) {
          constraints.add(index.table(), Sql.comment(index), Sql.comment(was));
        }
        continue;
      }
      PgIndex renamedFrom = oldIndexes.values().stream()
          .filter(o -> o.table().equals(index.table()) && o.sameDefinition(index)
              && !after.indexes().containsKey(o.key()))
          .findFirst().orElse(null);
      if (renamedFrom != null) {
        structure.add(index.table(), Sql.renameIndex(index.table(), renamedFrom.name(), index.name()),
            Sql.renameIndex(index.table(), index.name(), renamedFrom.name()));
        if (!Objects.equals(renamedFrom.comment(), index.comment())) {
          constraints.add(index.table(), Sql.comment(index), Sql.comment(renamedFrom));
        }
      } else if (!before.tables().containsKey(index.table())) {
        // A new, empty table: its indexes go with it, and dropping the table undoes them.
        structure.add(index.table(), Sql.createIndex(index));
        if (index.comment() != null) {
          structure.add(index.table(), Sql.comment(index));
        }
      } else if (was == null) {
        creates.add(new Step(fileName(index.table()) + "_index_" + shortName(index.table(), index.name()), false,
            Sql.createIndexConcurrently(index), List.of(Sql.dropIndexConcurrently(index.table(), index.name()))));
        if (index.comment() != null) {
          constraints.add(index.table(), Sql.comment(index)); // the create's undo drops it
        }
      } else {
        blocked.add(new Blocked(index.key().replace(' ', '.'), "the index keeps its name but changes "
            + "its definition; give the new index a new name so the old one can be dropped after it is built"));
      }
    }
    for (PgIndex was : oldIndexes.values()) {
      boolean renamed = after.indexes().values().stream().anyMatch(i -> i.table().equals(was.table())
          && i.sameDefinition(was) && !oldIndexes.containsKey(i.key()));
      if (!after.indexes().containsKey(was.key()) && !renamed && after.tables().containsKey(was.table())) {
        // The undo rebuilds the index concurrently too, and gives it back its comment.
        List<String> undo = new ArrayList<>(Sql.createIndexConcurrently(was));
        if (was.comment() != null) {
          undo.add(Sql.comment(was));
        }
        drops.add(new Step(fileName(was.table()) + "_drop_index_" + shortName(was.table(), was.name()), false,
            List.of(Sql.dropIndexConcurrently(was.table(), was.name())), undo));
      }
    }
  }

  /**
   * Dropped tables, only when allowed. Their own FKs are dropped explicitly first, so that the
   * undo (run in the opposite order) re-creates every dropped table before any FK between them;
   * each table's undo re-creates its unique constraints, indexes and their comments. FKs from
   * surviving tables into a dropped one were dropped in the first step, whose undo re-adds them.
   */
  private void dropped(Statements destructive) {
    List<PgTable> tables = before.tables().values().stream()
        .filter(t -> !after.tables().containsKey(t.name())).toList();
    for (PgTable was : tables) {
      if (!allowedDataLoss.contains(was.name())) {
        blocked.add(new Blocked(was.name(), "dropping the table loses its data; allow it with "
            + "-Afkguard.allowDataLoss=" + was.name()));
      }
    }
    List<PgTable> allowed = tables.stream().filter(t -> allowedDataLoss.contains(t.name())).toList();
    for (PgTable was : allowed) {
      before.foreignKeys().values().stream().filter(fk -> fk.table().equals(was.name()))
          .forEach(fk -> destructive.add(was.name(), Sql.dropConstraint(was.name(), fk.name()),
              Sql.addForeignKey(fk, false)));
    }
    for (PgTable was : allowed) {
      List<String> undo = new ArrayList<>(List.of(Sql.createTable(was)));
      before.uniques().values().stream().filter(u -> u.table().equals(was.name()))
          .forEach(u -> undo.add(Sql.addUnique(u)));
      before.indexes().values().stream().filter(i -> i.table().equals(was.name())).forEach(i -> {
        undo.add(Sql.createIndex(i));
        if (i.comment() != null) {
          undo.add(Sql.comment(i));
        }
      });
      destructive.add(was.name(), Sql.dropTable(was), undo.toArray(String[]::new));
    }
    for (PgSequence was : before.sequences().values()) {
      if (after.sequences().containsKey(was.name())) {
        continue;
      }
      if (allowedDataLoss.contains(was.name())) {
        destructive.add("", Sql.dropSequence(was), Sql.createSequence(was));
      } else {
        blocked.add(new Blocked(was.name(), "dropping the sequence loses its position, so ids "
            + "could repeat if it ever came back; allow it with -Afkguard.allowDataLoss=" + was.name()));
      }
    }
  }

  /** {@code product_created_by_idx} on {@code product} → {@code created_by}. */
  static String shortName(String table, String name) {
    String bare = table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table;
    String out = name.startsWith(bare + "_") ? name.substring(bare.length() + 1) : name;
    for (String suffix : List.of("_idx", "_key", "_uk", "_ix")) {
      if (out.endsWith(suffix) && out.length() > suffix.length()) {
        return out.substring(0, out.length() - suffix.length());
      }
    }
    return out;
  }

  /** {@code audit.product} → {@code audit_product}: a dot has no place in a Flyway description. */
  private static String fileName(String table) {
    return table.replace('.', '_');
  }

  private static void add(List<Step> steps, Step step) {
    if (step != null) {
      steps.add(step);
    }
  }
}
