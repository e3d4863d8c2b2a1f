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
          findings.add(new Finding(INFO, message(table, candidate, keeper), candidate.origin()));
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
          || NameCollision.sameObject(other, indexes.get(candidate))) {
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
    return a.columns().equals(b.columns()) && samePredicate(a, b);
  }

  /** Both full, or both partial with predicates equal after normalization. */
  static boolean samePredicate(Index a, Index b) {
    return Objects.equals(DecisionIndexes.normalizePredicate(a.where()),
        DecisionIndexes.normalizePredicate(b.where()));
  }

  static String message(Table table, Index removed, Index keeper) {
    String predicate = removed.where() == null ? "" : " WHERE " + removed.where();
    return "Table " + table.qualifiedName() + " has two indexes on "
        + Identifiers.columnList(removed.columns()) + predicate + ": " + removed.describe()
        + " duplicates " + keeper.describe() + ". Remove " + removed.describe() + " ("
        + howToRemove(removed, keeper) + "); " + keeper.describe()
        + " keeps serving the same lookups, and PostgreSQL no longer maintains a second copy on"
        + " every write.";
  }

  /** What to change in the mapping so {@code removed} disappears and {@code keeper} serves. */
  static String howToRemove(Index removed, Index keeper) {
    String on = removed.origin() == null ? "" : " on " + removed.origin().describe();
    String named = removed.name() == null ? "" : "(name = \"" + removed.name() + "\")";
    return switch (removed.source()) {
      case INDEX -> "delete the @Index" + named + " from the table's indexes";
      case UNIQUE_CONSTRAINT -> "delete the @UniqueConstraint" + named
          + " from the table's uniqueConstraints";
      case COLUMN_UNIQUE -> "drop unique = true from the @Column" + on;
      case JOIN_COLUMN_UNIQUE -> "drop unique = true from the @JoinColumn" + on;
      case ONE_TO_ONE -> "Hibernate adds it for the @OneToOne" + on
          + ", so declare the unique key on these columns only once";
      case NATURAL_ID -> "Hibernate adds it for the @NaturalId" + on
          + ", so declare the unique key on these columns only once";
      case COLLECTION_SET -> "Hibernate adds it for the Set" + on
          + ", so declare the unique key on these columns only once";
      case DECISION -> replaceDecision(removed, keeper);
      case PRIMARY_KEY -> "it is the primary key";
    };
  }

  /**
   * A decision index is removed by pointing the decision at the index that stays: a named unique
   * constraint is what {@code @CoveredByUnique} names, a named {@code @Index} what
   * {@code @IndexedBy} names. Anything else has no name a decision could use.
   */
  private static String replaceDecision(Index removed, Index keeper) {
    String kind = removed.where() != null ? IndexDecision.Kind.PARTIAL_INDEX.display()
        : IndexDecision.Kind.INDEXED_BY.display();
    if (removed.origin() != null && removed.origin().annotation() != null) {
      for (IndexDecision.Kind k : IndexDecision.Kind.values()) {
        if (k.annotation().equals(removed.origin().annotation())) {
          kind = k.display();
        }
      }
    }
    String on = removed.origin() == null ? "" : " on " + removed.origin().describe();
    String decision = kind + "(\"" + removed.name() + "\")" + on;
    if (keeper.name() != null && keeper.source() == Index.Source.UNIQUE_CONSTRAINT
        && keeper.where() == null) {
      return "replace " + decision + " with @CoveredByUnique(\"" + keeper.name() + "\")";
    }
    if (keeper.name() != null && keeper.source() == Index.Source.INDEX) {
      return "replace " + decision + " with @IndexedBy(\"" + keeper.name() + "\")";
    }
    return "change " + decision + " so that it creates no index of its own";
  }
}
