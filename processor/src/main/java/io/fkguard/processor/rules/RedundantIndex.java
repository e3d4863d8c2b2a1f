package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** A non-unique index whose columns are a leading prefix of another index with the same predicate. */
final class RedundantIndex implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "RedundantIndex",
      "A non-unique index whose columns are a leading prefix of another index with the same predicate.",
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
