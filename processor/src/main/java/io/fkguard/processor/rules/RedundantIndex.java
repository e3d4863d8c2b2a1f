package io.fkguard.processor.rules;

import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A non-unique index whose columns are a leading prefix of another index with the same predicate. */
final class RedundantIndex implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "RedundantIndex",
      "A non-unique index whose columns are a leading prefix of another index with the same predicate.",
      Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (Index index : table.indexes()) {
        // A unique index (and the primary key) enforces a constraint the wider index does not:
        // uniqueness of the prefix. Only plain indexes are pure lookup structures.
        if (index.unique() || index.isPrimaryKey()) {
          continue;
        }
        coveringIndex(index, table.indexes()).ifPresent(covering -> findings.add(
            new Finding(INFO, message(table, index, covering), index.origin()).withKey(Keys.of(table, index))));
      }
    }
    return findings;
  }

  /**
   * The first index in table order that starts with all of {@code index}'s columns and has more
   * columns. Equal column lists are DuplicateIndex's business. A b-tree on (a, b) serves every
   * lookup on (a) under the same predicate, including the deletes on the referenced table that
   * foreign-key indexes exist for.
   */
  private static Optional<Index> coveringIndex(Index index, List<Index> indexes) {
    return indexes.stream()
        .filter(other -> other != index
            && other.columns().size() > index.columns().size()
            && other.startsWith(index.columns())
            && index.samePredicate(other))
        .findFirst();
  }

  static String message(Table table, Index redundant, Index covering) {
    String predicate = redundant.where() == null ? "" : " WHERE " + redundant.where();
    return "On table " + table.qualifiedName() + ", " + label(redundant) + predicate
        + " is redundant: " + label(covering) + " starts with the same columns under the same"
        + " predicate, so it serves the same lookups while PostgreSQL maintains one index less on"
        + " every write. Drop " + redundant.describe() + ": "
        + Suggestions.howToRemove(redundant, covering) + ".";
  }

  /** {@code name (a, b)}, or the description of an unnamed index (which lists its columns). */
  private static String label(Index index) {
    return index.name() == null ? index.describe()
        : index.name() + " " + Identifiers.columnList(index.columns());
  }
}
