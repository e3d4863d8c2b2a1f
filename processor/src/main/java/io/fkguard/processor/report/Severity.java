package io.fkguard.processor.report;

/** How a rule's findings are reported; {@code OFF} silences the rule. */
public enum Severity {
  ERROR,
  WARNING,
  OFF
}
