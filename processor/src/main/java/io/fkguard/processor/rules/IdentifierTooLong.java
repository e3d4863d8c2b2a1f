package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** A table, column, index or constraint name longer than PostgreSQL's 63 bytes. */
final class IdentifierTooLong implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "IdentifierTooLong",
      "A table, column, index or constraint name longer than PostgreSQL's 63 bytes.",
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
