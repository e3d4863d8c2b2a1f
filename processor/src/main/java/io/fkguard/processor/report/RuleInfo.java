package io.fkguard.processor.report;

/**
 * What every rule declares about itself (like Error Prone's {@code @BugPattern}).
 *
 * @param id the id used in messages, options and {@code @SuppressWarnings("fkguard:<id>")}
 * @param summary one line, shown in the README's rule table
 * @param defaultSeverity severity unless {@code -Afkguard.<id>=error|warning|off} says otherwise
 */
public record RuleInfo(String id, String summary, Severity defaultSeverity) {

  /** Where the rule's page lives, relative to the repository root. */
  public String docsPath() {
    return "docs/rules/" + id + ".md";
  }
}
