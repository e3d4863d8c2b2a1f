package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

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
    // SKELETON: replaced by the rule's implementation.
    return List.of();
  }
}
