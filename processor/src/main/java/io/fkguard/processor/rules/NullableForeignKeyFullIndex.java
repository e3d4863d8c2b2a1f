package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import java.util.List;

/** A full index on a nullable foreign key; a partial index is smaller when most rows are NULL. */
final class NullableForeignKeyFullIndex implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "NullableForeignKeyFullIndex",
      "A full index on a nullable foreign key; a partial index is smaller when most rows are NULL.",
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
