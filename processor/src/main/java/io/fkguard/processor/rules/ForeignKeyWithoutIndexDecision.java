package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
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
    // SKELETON: replaced by the rule's implementation.
    return List.of();
  }
}
