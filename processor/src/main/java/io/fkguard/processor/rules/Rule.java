package io.fkguard.processor.rules;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import java.util.List;

/** One check over the schema model. Implementations read only the model, never javac. */
public interface Rule {
  RuleInfo info();

  /** Findings in a deterministic order (the order of tables, then of declarations). */
  List<Finding> check(Schema schema);
}
