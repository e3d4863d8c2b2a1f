package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** An invalid identifier, a blank reason or a WHERE predicate that is not one expression. */
final class InvalidIndexDeclaration implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "InvalidIndexDeclaration",
      "An invalid identifier, a blank reason or a WHERE predicate that is not one expression.",
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
