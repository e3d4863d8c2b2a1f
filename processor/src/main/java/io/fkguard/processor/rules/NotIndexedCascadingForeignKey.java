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

/** {@code @NotIndexed} on a foreign key whose ON DELETE action writes to the child rows. */
final class NotIndexedCascadingForeignKey implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "NotIndexedCascadingForeignKey",
      "@NotIndexed on a foreign key with ON DELETE CASCADE, SET NULL or SET DEFAULT.",
      Severity.WARNING);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        if (!fk.onDelete().writesChildren() || fk.decisions().size() != 1) {
          continue;
        }
        IndexDecision decision = fk.decisions().get(0);
        if (decision.kind() == IndexDecision.Kind.NOT_INDEXED) {
          findings.add(new Finding(INFO, message(table, fk), decision.origin()));
        }
      }
    }
    return findings;
  }

  static String message(Table table, ForeignKey fk) {
    String columns = Identifiers.columnList(fk.columns());
    String name = Identifiers.suggestedIndexName(table.name(), fk.columns());
    return "Foreign key " + table.qualifiedName() + " " + columns + " -> " + fk.targetTable()
        + " on " + fk.origin().describe() + " is @NotIndexed, but its ON DELETE "
        + fk.onDelete().sql().toUpperCase(java.util.Locale.ROOT) + " makes every delete from "
        + fk.targetTable() + " find and write the referencing rows of " + table.qualifiedName()
        + ": without an index each delete scans the whole table while it holds its locks. Write "
        + (fk.nullable() ? "@PartialIndex(name = \"" + name + "\")" : Suggestions.indexedBy(name))
        + " instead, unless rows of " + fk.targetTable() + " are really never deleted (then say so"
        + " and suppress this warning).";
  }
}
