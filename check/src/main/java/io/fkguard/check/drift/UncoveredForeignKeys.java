package io.fkguard.check.drift;

import io.fkguard.check.live.LiveConstraint;
import io.fkguard.check.live.LiveIndex;
import io.fkguard.check.model.Identifiers;
import io.fkguard.check.model.ModelForeignKey;
import io.fkguard.check.model.ModelIndex;
import io.fkguard.check.model.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Foreign keys of the live database that no valid index serves: pg-index-health's
 * FOREIGN_KEYS_WITHOUT_INDEX, computed on what is really there. An index serves a key when it
 * is a valid b-tree whose leading key columns are exactly the key's columns (in any order), and
 * it is full or its predicate follows from {@code <fk columns> IS NOT NULL}: the lookup
 * PostgreSQL runs for a delete of the parent, {@code fk = $1}, implies that. "Follows" is
 * decided conservatively: the predicate must be a conjunction of {@code IS NOT NULL} tests of
 * the key's own columns. A key the model marks {@code @NotIndexed} is the model's decision.
 */
final class UncoveredForeignKeys {
  private static final Pattern NOT_NULL_TEST = Pattern.compile("(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*) is not null");

  private UncoveredForeignKeys() {}

  static void compare(Context cx) {
    for (LiveConstraint fk : cx.live.constraints()) {
      if (fk.type() != 'f') {
        continue;
      }
      Optional<ModelForeignKey> model = cx.model.foreignKeys().stream()
          .filter(m -> cx.resolve(m.table()).equals(fk.table()) && m.name().equals(fk.name())).findFirst();
      if (model.isPresent() && model.get().notIndexedReason() != null) {
        continue;
      }
      boolean served = cx.live.indexesOf(fk.table()).stream().anyMatch(i -> serves(i, fk.columns())
          || servesWithEquivalentPredicate(cx, i, fk));
      if (!served) {
        report(cx, fk);
      }
    }
  }

  static boolean serves(LiveIndex index, List<String> fkColumns) {
    if (!index.valid() || !index.method().equals("btree") || index.columns().size() < fkColumns.size()) {
      return false;
    }
    Set<String> leading = new HashSet<>(index.columns().subList(0, fkColumns.size()));
    return leading.equals(new HashSet<>(fkColumns)) && impliedByNotNull(index.predicate(), fkColumns);
  }

  /**
   * The same test for a predicate written another way ({@code NOT (a IS NULL)}): PostgreSQL
   * itself says whether it is the key's {@code IS NOT NULL} conjunction.
   */
  private static boolean servesWithEquivalentPredicate(Context cx, LiveIndex index, LiveConstraint fk) {
    if (index.predicate() == null || !serves(withoutPredicate(index), fk.columns())) {
      return false;
    }
    String notNull = fk.columns().stream().map(c -> Identifiers.quote(c) + " IS NOT NULL")
        .collect(java.util.stream.Collectors.joining(" AND "));
    return cx.session.sameExpression(fk.table(), notNull, index.predicate());
  }

  private static LiveIndex withoutPredicate(LiveIndex i) {
    return new LiveIndex(i.table(), i.name(), i.columns(), i.unique(), i.valid(), i.method(), i.hasIncludedColumns(),
        null, i.constraint(), i.bytes(), i.size(), i.scans(), i.definition());
  }

  static boolean impliedByNotNull(String predicate, List<String> fkColumns) {
    if (predicate == null) {
      return true;
    }
    String flat = predicate.replace("(", " ").replace(")", " ").trim().replaceAll("\\s+", " ");
    for (String term : flat.split("(?i) and ")) {
      Matcher m = NOT_NULL_TEST.matcher(term.trim().toLowerCase(Locale.ROOT));
      if (!m.matches() || !fkColumns.contains(Identifiers.fold(m.group(1)))) {
        return false;
      }
    }
    return true;
  }

  private static void report(Context cx, LiveConstraint fk) {
    QualifiedName table = cx.display(fk.table());
    Optional<ModelIndex> decided = cx.model.indexes().stream()
        .filter(i -> cx.resolve(i.table()).equals(fk.table()) && !i.constraint()
            && i.columns().size() >= fk.columns().size()
            && new HashSet<>(i.columns().subList(0, fk.columns().size())).equals(new HashSet<>(fk.columns())))
        .findFirst();
    String fix = decided.map(Fixes::createIndex).orElse("create index concurrently "
        + Identifiers.quote(indexName(table.name(), fk.columns())) + " on " + table.sql() + " ("
        + Identifiers.columnList(fk.columns()) + ");");
    cx.add(DriftKind.FOREIGN_KEY_WITHOUT_INDEX, table, fk.name(), "Foreign key " + fk.name() + " " + table + " "
        + Fixes.columns(fk.columns()) + " -> " + cx.display(fk.target()) + " has no valid index that starts with its"
        + " columns, so every delete from " + cx.display(fk.target()) + " (and every change of its key) scans "
        + table + (decided.isPresent() ? "; the model decides " + decided.get().name() + " for it" : "") + ".",
        decided.isPresent() && cx.live.index(fk.table(), decided.get().name()).isPresent()
            ? new String[] {Fixes.dropIndex(table, decided.get().name()), fix} : new String[] {fix});
  }

  private static String indexName(String table, List<String> columns) {
    String name = table + "_" + String.join("_", columns) + "_idx";
    return name.length() <= 63 ? name : name.substring(0, 63);
  }
}
