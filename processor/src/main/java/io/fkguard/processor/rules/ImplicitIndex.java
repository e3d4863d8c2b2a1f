package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** An index or unique constraint whose name the database or Hibernate would invent. */
final class ImplicitIndex implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ImplicitIndex",
      "An index or unique constraint whose name the database or Hibernate would invent.",
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
