package io.fkguard.processor.rules;

import io.fkguard.processor.model.Coverage;
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

/**
 * A {@code @PartialIndex} on a nullable foreign key whose predicate does not follow from
 * {@code fk IS NOT NULL}: the delete check cannot use it. (On a NOT NULL key any partial index is
 * PartialIndexOnRequiredForeignKey's finding.)
 */
final class PartialIndexUnusableForDelete implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "PartialIndexUnusableForDelete",
      "A @PartialIndex whose predicate the delete check on the parent cannot use.",
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
        if (!fk.nullable() || fk.decisions().size() != 1) {
          continue;
        }
        IndexDecision decision = fk.decisions().get(0);
        if (decision.kind() == IndexDecision.Kind.PARTIAL_INDEX && decision.where() != null
            && !Coverage.impliedByNotNull(decision.where(), fk.columns())) {
          findings.add(new Finding(INFO, message(table, fk, decision), decision.origin()));
        }
      }
    }
    return findings;
  }

  static String message(Table table, ForeignKey fk, IndexDecision decision) {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      terms.add(fk.columns().get(i) + " = $" + (i + 1));
    }
    String condition = String.join(" AND ", terms);
    return "@PartialIndex(name = \"" + decision.name() + "\") on " + fk.origin().describe()
        + " creates an index WHERE " + decision.where() + ", but the check PostgreSQL runs on every"
        + " delete from " + fk.targetTable() + " (select 1 from " + table.qualifiedName() + " where "
        + condition + ") implies only " + DecisionIndexes.notNullPredicate(fk.columns())
        + ", not that predicate, so it cannot use the index and scans " + table.qualifiedName()
        + ". Write @PartialIndex(name = \"" + decision.name() + "\") without where (the default "
        + "predicate " + DecisionIndexes.notNullPredicate(fk.columns()) + "), or "
        + Suggestions.indexedBy(Identifiers.suggestedIndexName(table.name(), fk.columns()))
        + " for the foreign key " + Identifiers.columnList(fk.columns())
        + " and keep the index WHERE " + decision.where() + " for the queries that need it, apart"
        + " from the decision.";
  }
}
