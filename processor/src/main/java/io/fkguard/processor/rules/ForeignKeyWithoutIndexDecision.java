package io.fkguard.processor.rules;

import io.fkguard.processor.model.Coverage;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** A foreign key has no index decision (or, without an attribute to annotate, no covering index). */
final class ForeignKeyWithoutIndexDecision implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ForeignKeyWithoutIndexDecision",
      "A foreign key has no index decision (or, without an attribute to annotate, no covering index).",
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
        if (fk.hasDecisionAttribute()) {
          // A key leading the primary key is served by the PK's index: @MapsId needs no decision.
          if (fk.decisions().isEmpty() && !Coverage.leadsPrimaryKey(table, fk)) {
            findings.add(new Finding(INFO,
                message(table.qualifiedName(), fk, Suggestions.advise(table, fk)), fk.origin())
                .withKey(Keys.of(table, fk)));
          }
        } else if (!Coverage.isCovered(table, fk)) {
          // Nothing to annotate (join, collection, child or inheritance table): only an index
          // helps.
          findings.add(new Finding(INFO, uncoveredMessage(table.qualifiedName(), fk,
              place(table, fk), Identifiers.suggestedIndexName(table.name(), fk.columns())),
              fk.origin()).withKey(Keys.of(table, fk)));
        }
      }
    }
    return findings;
  }

  /** For an FK with a decision attribute and no decision. */
  static String message(String table, ForeignKey fk, Suggestions.Advice advice) {
    String columns = Identifiers.columnList(fk.columns());
    String state = advice.coveredBy() == null
        ? "it is not covered by any index (no full index of " + table + " starts with " + columns
            + "), so each delete from " + fk.targetTable() + " scans " + table
        : "it is already covered by " + advice.coveredBy();
    return "Foreign key " + table + " " + columns + " -> " + fk.targetTable() + " on "
        + fk.origin().describe() + " has no index decision: " + state + ". Write "
        + advice.annotation()
        + (advice.prerequisite() == null ? "" : " " + advice.prerequisite())
        + ", or @NotIndexed(reason = \"...\") if it deliberately needs no index.";
  }

  /** For an FK without a decision attribute and without a covering index. */
  static String uncoveredMessage(String table, ForeignKey fk, String place, String indexName) {
    String columns = Identifiers.columnList(fk.columns());
    return "Foreign key " + table + " " + columns + " -> " + fk.targetTable()
        + " is not covered by any index (no full index of " + table + " starts with " + columns
        + "), so each delete from " + fk.targetTable() + " scans " + table
        + ". Add indexes = @Index(name = \"" + indexName + "\", columnList = \""
        + String.join(", ", fk.columns()) + "\") to " + place
        + ", or add @SuppressWarnings(\"fkguard:" + INFO.id() + "\") to "
        + fk.origin().describe() + " if it deliberately needs no index.";
  }

  /** Where the index of an FK without a decision attribute is declared. */
  static String place(Table table, ForeignKey fk) {
    return switch (fk.source()) {
      case JOIN_TABLE -> "the @JoinTable on " + table.origin().describe();
      case COLLECTION_TABLE -> "the @CollectionTable on " + table.origin().describe();
      default -> "the @Table of " + table.origin().describe();
    };
  }
}
