package io.fkguard.processor.rules;

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

/** More than one index decision on one foreign key. */
final class ConflictingIndexDecisions implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ConflictingIndexDecisions",
      "More than one index decision on one foreign key.",
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
        if (fk.decisions().size() > 1) {
          // The second annotation contradicts the first; fall back to the attribute.
          IndexDecision second = fk.decisions().get(1);
          findings.add(new Finding(INFO, message(table.qualifiedName(), fk),
              second.origin() != null ? second.origin() : fk.origin()));
        }
      }
    }
    return findings;
  }

  static String message(String table, ForeignKey fk) {
    List<String> kinds = fk.decisions().stream().map(d -> d.kind().display()).toList();
    String listed = String.join(", ", kinds.subList(0, kinds.size() - 1))
        + " and " + kinds.get(kinds.size() - 1);
    return fk.origin().describe() + " has " + kinds.size() + " index decisions (" + listed
        + ") for foreign key " + table + " " + Identifiers.columnList(fk.columns()) + " -> "
        + fk.targetTable() + ": keep exactly one. Until then fkguard creates no index for it.";
  }
}
