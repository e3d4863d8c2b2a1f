package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
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
    // SKELETON: replaced by the rule's implementation.
    return List.of();
  }
}
