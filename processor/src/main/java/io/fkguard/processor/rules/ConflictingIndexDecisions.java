package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
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
    // SKELETON: replaced by the rule's implementation.
    return List.of();
  }
}
