package io.fkguard.processor.rules;

/** How a rule's findings are reported; {@code OFF} silences the rule. */
public enum Severity {
  ERROR,
  WARNING,
  OFF
}
