package io.fkguard.processor.report;

import io.fkguard.processor.model.Origin;
import io.fkguard.processor.report.RuleInfo;

/**
 * One problem a rule found.
 *
 * @param rule the rule that found it
 * @param message the text between the {@code [fkguard:Id]} tag and the docs link: names the table,
 *     columns and index, and says what to write instead
 * @param origin the most precise place to report it
 */
public record Finding(RuleInfo rule, String message, Origin origin) {

  /** The full diagnostic text: {@code [fkguard:Id] message (see docs/rules/Id.md)}. */
  public String formatted() {
    return "[fkguard:" + rule.id() + "] " + message + " (see " + rule.docsPath() + ")";
  }
}
