package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** A @ManyToOne whose foreign-key columns are unique: it is really a @OneToOne. */
final class UniqueForeignKeyShouldBeOneToOne implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "UniqueForeignKeyShouldBeOneToOne",
      "A @ManyToOne whose foreign-key columns are unique: it is really a @OneToOne.",
      Severity.WARNING);

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
