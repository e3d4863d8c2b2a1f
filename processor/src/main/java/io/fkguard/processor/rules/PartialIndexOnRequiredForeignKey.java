package io.fkguard.processor.rules;

import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** @PartialIndex on a foreign key that can never be NULL. */
final class PartialIndexOnRequiredForeignKey implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "PartialIndexOnRequiredForeignKey",
      "@PartialIndex on a foreign key that can never be NULL.",
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
        // Several decisions are ConflictingIndexDecisions' finding: fkguard creates none of them.
        if (fk.nullable() || fk.decisions().size() != 1) {
          continue;
        }
        IndexDecision decision = fk.decisions().get(0);
        if (decision.kind() == IndexDecision.Kind.PARTIAL_INDEX) {
          String predicate = decision.where() != null
              ? decision.where() : DecisionIndexes.notNullPredicate(fk.columns());
          findings.add(new Finding(INFO, message(table.qualifiedName(), fk, decision.name(),
              predicate), decision.origin()));
        }
      }
    }
    return findings;
  }

  static String message(String table, ForeignKey fk, String name, String predicate) {
    boolean notNull = DecisionIndexes.normalizePredicate(predicate).equals(
        DecisionIndexes.normalizePredicate(DecisionIndexes.notNullPredicate(fk.columns())));
    // The default predicate is true for every row of a NOT NULL key; any other one drops rows
    // that the referential check on delete must still find.
    String consequence = notNull
        ? "every row satisfies it, so the index is as big as a full one, yet the planner can use"
            + " it only for queries that imply the predicate"
        : "the index leaves out the other rows, so each delete from " + fk.targetTable()
            + " cannot use it and scans " + table;
    return "@PartialIndex(name = \"" + name + "\") on " + fk.origin().describe()
        + " creates an index WHERE " + predicate + ", but foreign key " + table + " "
        + Identifiers.columnList(fk.columns()) + " -> " + fk.targetTable() + " is NOT NULL: "
        + consequence + ". Write @IndexedBy(\"" + name + "\") instead.";
  }
}
