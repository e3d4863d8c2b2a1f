package io.fkguard.processor.rules;

import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Two indexes on the same ordered columns with the same predicate. */
final class DuplicateIndex implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DuplicateIndex",
      "Two indexes on the same ordered columns with the same predicate.",
      Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      List<Index> indexes = table.indexes();
      for (int i = 0; i < indexes.size(); i++) {
        Index candidate = indexes.get(i);
        Index keeper = keeperFor(i, indexes);
        if (keeper != candidate) {
          findings.add(new Finding(INFO, message(table, candidate, keeper), candidate.origin())
              .withKey(Keys.of(table, candidate)));
        }
      }
    }
    return findings;
  }

  /**
   * The index of {@code candidate}'s group of duplicates that stays: the primary key, else the
   * first unique one (uniqueness is a constraint, dropping it changes behaviour), else the first.
   * Every other member of the group is reported once against it, so three identical indexes give
   * two findings and the primary key is never the one to remove.
   */
  private static Index keeperFor(int candidate, List<Index> indexes) {
    int keeper = candidate;
    for (int i = 0; i < indexes.size(); i++) {
      Index other = indexes.get(i);
      if (i == candidate || !sameDefinition(other, indexes.get(candidate))
          || other.sameObject(indexes.get(candidate))) {
        continue;
      }
      int byRank = Integer.compare(rank(other), rank(indexes.get(keeper)));
      if (byRank < 0 || byRank == 0 && i < keeper) {
        keeper = i;
      }
    }
    return indexes.get(keeper);
  }

  private static int rank(Index index) {
    return index.isPrimaryKey() ? 0 : index.unique() ? 1 : 2;
  }

  private static boolean sameDefinition(Index a, Index b) {
    return a.columns().equals(b.columns()) && a.samePredicate(b);
  }

  static String message(Table table, Index removed, Index keeper) {
    String predicate = removed.where() == null ? "" : " WHERE " + removed.where();
    return "Table " + table.qualifiedName() + " has two indexes on "
        + Identifiers.columnList(removed.columns()) + predicate + ": " + removed.describe()
        + " duplicates " + keeper.describe() + ". Remove " + removed.describe() + " ("
        + Suggestions.howToRemove(removed, keeper) + "); " + keeper.describe()
        + " keeps serving the same lookups, and PostgreSQL no longer maintains a second copy on"
        + " every write.";
  }
}
