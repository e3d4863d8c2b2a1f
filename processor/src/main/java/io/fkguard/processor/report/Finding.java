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
 * @param key what the finding is about, stable across edits that do not change it (table and
 *     columns, an index name; never a line number): what a baseline records. {@code null} when the
 *     rule gives none; then the declaring type and member stand in
 */
public record Finding(RuleInfo rule, String message, Origin origin, String key) {

  public Finding(RuleInfo rule, String message, Origin origin) {
    this(rule, message, origin, null);
  }

  public Finding withKey(String newKey) {
    return new Finding(rule, message, origin, newKey);
  }

  /** The key, or the declaring place ({@code shop.Product.category}) when the rule gives none. */
  public String stableKey() {
    if (key != null) {
      return key;
    }
    if (origin == null) {
      return "-";
    }
    return origin.type() + (origin.member() == null ? "" : "." + origin.member());
  }

  /** The full diagnostic text: {@code [fkguard:Id] message (see docs/rules/Id.md)}. */
  public String formatted() {
    return "[fkguard:" + rule.id() + "] " + message + " (see " + rule.docsPath() + ")";
  }
}
