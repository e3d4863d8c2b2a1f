package io.fkguard.processor.rules;

import io.fkguard.processor.model.Coverage;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A decision names a constraint or index that does not serve the foreign key, or sits on something that is not an owning foreign key. */
final class IndexDecisionMismatch implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "IndexDecisionMismatch",
      "A decision names a constraint or index that does not serve the foreign key, or sits on something that is not an owning foreign key.",
      Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        // Several decisions are ConflictingIndexDecisions' finding; judging each adds noise.
        if (fk.decisions().size() != 1) {
          continue;
        }
        IndexDecision decision = fk.decisions().get(0);
        String problem = switch (decision.kind()) {
          case COVERED_BY_UNIQUE -> uniqueProblem(table, fk, decision.name());
          case INDEXED_BY -> indexProblem(table, fk, decision);
          case PARTIAL_INDEX, NOT_INDEXED -> null;
        };
        if (problem != null) {
          findings.add(new Finding(INFO, message(render(decision), table.qualifiedName(), fk,
              problem, fix(table, fk, decision)), decision.origin()));
        }
      }
    }
    for (MisplacedDecision misplaced : schema.misplacedDecisions()) {
      findings.add(new Finding(INFO, misplacedMessage(render(misplaced.decision()),
          misplaced.table(), misplaced.what()), misplaced.decision().origin()));
    }
    return findings;
  }

  /** Why a {@code @CoveredByUnique} name does not serve the FK, or {@code null} when it does. */
  private static String uniqueProblem(Table table, ForeignKey fk, String name) {
    Optional<Index> found = table.index(name);
    if (found.isEmpty()) {
      return table.qualifiedName() + " has no unique constraint named " + name;
    }
    Index index = found.get();
    if (index.isPrimaryKey()) {
      return name + " is the primary key, not a unique constraint";
    }
    if (!index.unique()) {
      return Suggestions.describe(index) + " is not unique";
    }
    return columnProblem(index, fk);
  }

  /** Why an {@code @IndexedBy} name does not serve the FK, or {@code null} when it does. */
  private static String indexProblem(Table table, ForeignKey fk, IndexDecision decision) {
    Optional<Index> found = table.index(decision.name());
    // No declared index of that name: fkguard creates it for this decision. A name shared with
    // another decision's index is two indexes of one name, which NameCollision reports.
    if (found.isEmpty() || found.get().source() == Index.Source.DECISION) {
      return null;
    }
    Index index = found.get();
    String columns = columnProblem(index, fk);
    if (columns != null || index.isPrimaryKey()) {
      return columns != null ? columns : index.name() + " is the primary key, not an index";
    }
    // A unique constraint that leads with the FK does serve it, but under the other annotation.
    return isUniqueConstraint(index)
        ? index.name() + " is a unique constraint, not an index"
        : null;
  }

  private static String columnProblem(Index index, ForeignKey fk) {
    String described = Suggestions.describe(index);
    if (!index.startsWith(fk.columns())) {
      return described + " is on " + Identifiers.columnList(index.columns())
          + ", which does not start with " + Identifiers.columnList(fk.columns());
    }
    return Coverage.covers(index, fk) ? null : described + " only holds rows WHERE " + index.where()
        + ", so deletes from " + fk.targetTable() + " cannot rely on it";
  }

  private static boolean isUniqueConstraint(Index index) {
    return index.unique() && !index.isPrimaryKey() && index.source() != Index.Source.INDEX;
  }

  /** What to write instead: every fitting unique constraint, else the general advice. */
  private static String fix(Table table, ForeignKey fk, IndexDecision decision) {
    Index named = table.index(decision.name()).orElse(null);
    if (decision.kind() == IndexDecision.Kind.INDEXED_BY && named != null
        && isUniqueConstraint(named) && Coverage.covers(named, fk)) {
      return "Write " + Suggestions.coveredByUnique(decision.name()) + " instead";
    }
    List<String> uniques = Coverage.servingIndexes(table, fk).stream()
        .filter(i -> i.name() != null && i.unique() && !i.isPrimaryKey())
        .map(i -> Suggestions.coveredByUnique(i.name()))
        .toList();
    if (uniques.size() > 1) {
      return "Write one of " + String.join(", ", uniques) + " instead";
    }
    Suggestions.Advice advice = Suggestions.advise(table, fk);
    if (advice.annotation() == null) {
      return "Remove it: " + advice.coveredBy() + " already covers "
          + Identifiers.columnList(fk.columns()) + ", so the foreign key needs no decision";
    }
    String none = decision.kind() == IndexDecision.Kind.COVERED_BY_UNIQUE && uniques.isEmpty()
        ? "No unique constraint of " + table.qualifiedName() + " starts with "
            + Identifiers.columnList(fk.columns()) + ": w" : "W";
    return none + "rite " + advice.annotation()
        + (advice.prerequisite() == null ? "" : " " + advice.prerequisite()) + " instead";
  }

  static String message(String decision, String table, ForeignKey fk, String problem,
      String fix) {
    return decision + " on " + fk.origin().describe() + " does not fit foreign key " + table
        + " " + Identifiers.columnList(fk.columns()) + " -> " + fk.targetTable() + ": " + problem
        + ". " + fix + ".";
  }

  static String misplacedMessage(String decision, String table, String what) {
    return decision + " is on " + what + (table == null ? "" : " of table " + table)
        + ", which owns no foreign key,"
        + " so it has no effect. Move it to the @ManyToOne or @OneToOne attribute that owns the"
        + " foreign key, or remove it.";
  }

  /** {@code @IndexedBy("name")}: a decision as written. */
  static String render(IndexDecision decision) {
    return switch (decision.kind()) {
      case INDEXED_BY -> Suggestions.indexedBy(decision.name());
      case COVERED_BY_UNIQUE -> Suggestions.coveredByUnique(decision.name());
      case PARTIAL_INDEX -> "@PartialIndex(name = \"" + decision.name() + "\")";
      case NOT_INDEXED -> "@NotIndexed";
    };
  }
}
