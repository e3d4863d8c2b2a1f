package io.fkguard.check.drift;

import io.fkguard.check.live.LiveConstraint;
import io.fkguard.check.live.LiveIndex;
import io.fkguard.check.model.Identifiers;
import io.fkguard.check.model.ModelIndex;
import io.fkguard.check.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model's indexes (primary keys, unique constraints, {@code create index}) against the
 * catalog, matched by name: missing, different, or left INVALID by a failed concurrent build.
 * Extra indexes are {@link ExtraIndexes}' business.
 */
final class IndexDrifts {
  private IndexDrifts() {}

  static void compare(Context cx) {
    for (ModelIndex index : cx.model.indexes()) {
      if (!cx.tableExists(index.table())) {
        if (!index.primaryKey()) { // a missing table's create statement has its primary key
          missing(cx, index);
        }
        continue;
      }
      Optional<LiveIndex> live = cx.live.index(cx.resolve(index.table()), index.name());
      if (index.constraint()) {
        compareConstraint(cx, index, live);
      } else if (live.isEmpty()) {
        missing(cx, index);
      } else if (!live.get().valid()) {
        invalid(cx, index, live.get());
      } else {
        List<String> differences = differences(cx, index, live.get());
        if (live.get().constraint() != null) {
          differences.add(0, "it implements the constraint " + live.get().constraint() + " in the database");
        }
        if (!differences.isEmpty()) {
          cx.add(DriftKind.INDEX_DIFFERS, index.table(), index.name(), "Index " + index.name() + " on "
              + index.table() + " differs: " + String.join("; ", differences) + ". The database has: "
              + live.get().definition(), Fixes.replaceIndex(index));
        }
      }
    }
  }

  private static void compareConstraint(Context cx, ModelIndex index, Optional<LiveIndex> live) {
    QualifiedName table = cx.resolve(index.table());
    char type = index.primaryKey() ? 'p' : 'u';
    Optional<LiveConstraint> constraint = cx.live.constraint(table, index.name()).filter(c -> c.type() == type);
    String what = index.primaryKey() ? "Primary key" : "Unique constraint";
    if (constraint.isEmpty()) {
      if (live.isPresent() && live.get().valid() && live.get().constraint() == null
          && differences(cx, index, live.get()).isEmpty()) {
        cx.add(DriftKind.INDEX_DIFFERS, index.table(), index.name(), what + " " + index.name() + " on " + index.table()
            + " exists in the database only as a unique index, not as a constraint.", attach(index));
      } else {
        missing(cx, index);
      }
      return;
    }
    if (live.isPresent() && !live.get().valid()) {
      invalid(cx, index, live.get());
    } else if (!constraint.get().columns().equals(index.columns())) {
      cx.add(DriftKind.INDEX_DIFFERS, index.table(), index.name(), what + " " + index.name() + " on " + index.table()
          + " is on " + Fixes.columns(constraint.get().columns()) + " in the database, on "
          + Fixes.columns(index.columns()) + " in the model.", replaceConstraint(index));
    }
  }

  /** What differs between the model's index and the live one of the same name; empty if nothing. */
  static List<String> differences(Context cx, ModelIndex model, LiveIndex live) {
    List<String> out = new ArrayList<>();
    if (!live.columns().equals(model.columns())) {
      out.add("its columns are " + Fixes.columns(live.columns()) + " in the database, "
          + Fixes.columns(model.columns()) + " in the model");
    }
    if (live.unique() != model.unique()) {
      out.add(model.unique() ? "it is not unique in the database" : "it is unique in the database, not in the model");
    }
    if (!live.method().equals("btree")) {
      out.add("it is a " + live.method() + " index in the database, a b-tree in the model");
    }
    if (live.hasIncludedColumns()) {
      out.add("it has INCLUDE columns in the database");
    }
    if (!cx.session.sameExpression(cx.resolve(model.table()), model.predicate(), live.predicate())) {
      out.add((live.predicate() == null ? "it is a full index" : "its predicate is where " + live.predicate())
          + " in the database, " + (model.predicate() == null ? "a full index" : "where " + model.predicate())
          + " in the model");
    }
    return out;
  }

  private static void missing(Context cx, ModelIndex index) {
    if (index.primaryKey()) {
      cx.add(DriftKind.MISSING_PRIMARY_KEY, index.table(), index.name(), "Primary key " + index.name() + " on "
          + index.table() + " " + Fixes.columns(index.columns()) + " of the model is not in the database.",
          Fixes.createIndex(index), attachStatement(index));
    } else if (index.constraint()) {
      cx.add(DriftKind.MISSING_UNIQUE_CONSTRAINT, index.table(), index.name(), "Unique constraint " + index.name()
          + " on " + index.table() + " " + Fixes.columns(index.columns()) + " of the model is not in the database.",
          Fixes.createIndex(index), attachStatement(index));
    } else {
      cx.add(DriftKind.MISSING_INDEX, index.table(), index.name(), "Index " + index.name() + " on " + index.table()
          + " " + Fixes.columns(index.columns()) + (index.predicate() == null ? "" : " where " + index.predicate())
          + " of the model is not in the database.", Fixes.createIndex(index));
    }
  }

  private static void invalid(Context cx, ModelIndex index, LiveIndex live) {
    List<String> fix = new ArrayList<>();
    fix.add(Fixes.dropIndex(index.table(), index.name()));
    fix.add(Fixes.createIndex(index));
    if (index.constraint()) {
      fix.add(attachStatement(index));
    }
    cx.add(DriftKind.INVALID_INDEX, index.table(), index.name(), "Index " + index.name() + " on " + index.table()
        + " is INVALID (pg_index.indisvalid = false: a CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY failed"
        + " or was cancelled); PostgreSQL maintains it on every write but never uses it"
        + (index.unique() ? ", and it enforces no uniqueness" : "") + ". Size " + live.size() + ".",
        fix.toArray(String[]::new));
  }

  /** Build the unique index concurrently, then make it the constraint: no long lock at any step. */
  private static String[] attach(ModelIndex index) {
    return new String[] {attachStatement(index)};
  }

  private static String attachStatement(ModelIndex index) {
    return "alter table " + index.table().sql() + " add constraint " + Identifiers.quote(index.name())
        + (index.primaryKey() ? " primary key" : " unique") + " using index " + Identifiers.quote(index.name()) + ";";
  }

  private static String[] replaceConstraint(ModelIndex index) {
    String temporary = index.name().length() > 50 ? index.name().substring(0, 50) + "_fkguard_new"
        : index.name() + "_fkguard_new";
    return new String[] {Fixes.createIndex(index, temporary), "alter table " + index.table().sql()
        + " drop constraint " + Identifiers.quote(index.name()) + ", add constraint " + Identifiers.quote(index.name())
        + (index.primaryKey() ? " primary key" : " unique") + " using index " + Identifiers.quote(temporary) + ";"};
  }
}
