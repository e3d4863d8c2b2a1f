package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** A decision names a constraint or index that does not serve the foreign key, or sits on something that is not an owning foreign key. */
final class IndexDecisionMismatch implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "IndexDecisionMismatch",
      "A decision names a constraint or index that does not serve the foreign key, or sits on something that is not an owning foreign key.",
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
