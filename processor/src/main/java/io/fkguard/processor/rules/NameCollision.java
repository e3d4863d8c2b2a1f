package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** Two relations (tables, indexes, constraint indexes) with one name in one schema. */
final class NameCollision implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "NameCollision",
      "Two relations (tables, indexes, constraint indexes) with one name in one schema.",
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
