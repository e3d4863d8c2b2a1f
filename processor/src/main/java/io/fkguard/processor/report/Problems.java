package io.fkguard.processor.report;

import io.fkguard.processor.model.Origin;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Diagnostics that do not come from a rule: fkguard's own failures. */
public final class Problems {
  private Problems() {}

  /** Problems the scanner finds itself: mappings it cannot represent the way Hibernate would. */
  public static final RuleInfo MAPPING_ERROR = new RuleInfo("MappingError",
      "A mapping fkguard cannot turn into a schema the way Hibernate would.", Severity.ERROR);

  /** A model change fkguard will not turn into a migration by itself. */
  public static final RuleInfo UNSAFE_MIGRATION = new RuleInfo("UnsafeMigration",
      "A model change that would lose data or cannot be migrated safely is never written silently.",
      Severity.ERROR);

  /** Verify mode: the committed generated files do not match the model. */
  public static final RuleInfo STALE_GENERATED_FILES = new RuleInfo("StaleGeneratedFiles",
      "The committed schema.sql, schema.md or migrations do not match the entities.", Severity.ERROR);

  public static final RuleInfo INTERNAL_ERROR = new RuleInfo("InternalError",
      "fkguard itself failed; the build stops instead of skipping checks silently.", Severity.ERROR);

  /** One error for an unexpected exception, with the stack trace and a request to report it. */
  public static Finding internalError(Origin origin, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    String where = origin == null ? "" : " while processing " + origin.describe();
    return new Finding(INTERNAL_ERROR, "fkguard failed" + where + ": " + t
        + ". This is a bug in fkguard, not in your code: please report it with this stack trace"
        + " (other entities were still checked):\n" + trace.toString().replace("\r\n", "\n").stripTrailing(),
        origin);
  }
}
