package io.fkguard.check.drift;

import io.fkguard.check.live.LiveIndex;
import io.fkguard.check.model.Identifiers;
import io.fkguard.check.model.ModelIndex;
import io.fkguard.check.model.ModelTable;
import io.fkguard.check.model.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Indexes of the model's tables the model does not have (by name), classified against the
 * model's indexes of the same table: a duplicate (same ordered columns, uniqueness and
 * predicate), prefix-redundant (not unique, its columns a leading prefix of a model index's with
 * the same predicate), or unrelated. Tables the model does not have (Flyway's history, other
 * applications') are not looked at. An INVALID extra index is reported as such, once.
 */
final class ExtraIndexes {
  private ExtraIndexes() {}

  static void compare(Context cx) {
    for (ModelTable table : cx.model.tables()) {
      QualifiedName liveTable = cx.resolve(table.name());
      List<ModelIndex> modelIndexes = cx.model.indexesOf(table.name());
      Set<String> names = modelIndexes.stream().map(ModelIndex::name).collect(Collectors.toSet());
      for (LiveIndex extra : cx.live.indexesOf(liveTable)) {
        if (names.contains(extra.name()) || (extra.constraint() != null && names.contains(extra.constraint()))) {
          continue;
        }
        classify(cx, table.name(), modelIndexes, extra);
      }
    }
  }

  private static void classify(Context cx, QualifiedName table, List<ModelIndex> modelIndexes, LiveIndex extra) {
    String described = "Index " + extra.name() + " on " + table + " " + Fixes.columns(extra.columns())
        + (extra.predicate() == null ? "" : " where " + extra.predicate()) + " (" + extra.size() + ")";
    String drop = extra.constraint() == null ? Fixes.dropIndex(table, extra.name())
        : "alter table " + table.sql() + " drop constraint " + Identifiers.quote(extra.constraint()) + ";";
    if (!extra.valid()) {
      cx.add(DriftKind.INVALID_INDEX, table, extra.name(), described + " is not in the model and is INVALID"
          + " (pg_index.indisvalid = false: a CREATE INDEX CONCURRENTLY failed or was cancelled); PostgreSQL"
          + " maintains it on every write but never uses it.", drop);
      return;
    }
    Optional<ModelIndex> same = modelIndexes.stream().filter(m -> sameShape(cx, m, extra)).findFirst();
    if (same.isPresent()) {
      boolean twinMissing = cx.live.index(cx.resolve(table), same.get().name()).isEmpty();
      cx.add(DriftKind.DUPLICATE_INDEX, table, extra.name(), described + " is not in the model and duplicates its "
          + same.get().describe() + (twinMissing ? ", which the database lacks: rename it to the model's name."
              : ": every write maintains both."),
          twinMissing && extra.constraint() == null ? "alter index " + Fixes.indexName(table, extra.name())
              + " rename to " + Identifiers.quote(same.get().name()) + ";" : drop);
      return;
    }
    Optional<ModelIndex> longer = extra.unique() ? Optional.empty() : modelIndexes.stream()
        .filter(m -> m.columns().size() > extra.columns().size()
            && m.columns().subList(0, extra.columns().size()).equals(extra.columns())
            && cx.session.sameExpression(cx.resolve(table), m.predicate(), extra.predicate())
            && cx.live.index(cx.resolve(table), m.name()).filter(LiveIndex::valid).isPresent())
        .findFirst();
    if (longer.isPresent() && extra.method().equals("btree")) {
      cx.add(DriftKind.REDUNDANT_INDEX, table, extra.name(), described + " is not in the model and is redundant:"
          + " the model's " + longer.get().describe() + " starts with the same columns and serves the same lookups.",
          drop);
      return;
    }
    cx.add(DriftKind.UNRELATED_INDEX, table, extra.name(), described + " is not in the model. Declare it on the"
        + " entity (@Table(indexes = @Index(name = \"" + extra.name() + "\", columnList = \""
        + String.join(", ", extra.columns()) + "\"))) if it is wanted, or drop it. The database has: "
        + extra.definition(), drop);
  }

  private static boolean sameShape(Context cx, ModelIndex model, LiveIndex live) {
    return model.columns().equals(live.columns()) && model.unique() == live.unique()
        && live.method().equals("btree")
        && cx.session.sameExpression(cx.resolve(model.table()), model.predicate(), live.predicate());
  }
}
