package io.fkguard.processor.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code -A} options of the generated files (rule severities are {@code -Afkguard.<RuleId>}). */
public final class FkguardOptions {
  private FkguardOptions() {}

  public static final String DDL = "fkguard.ddl";
  public static final String CONSTANTS = "fkguard.constants";
  /**
   * {@code -Afkguard.constants=none}: no name constants. The class grows with the schema and
   * javac parses, enters and compiles it like any source; a build that does not use the
   * constants need not pay for that (compile-benchmark/README.md).
   */
  public static final String CONSTANTS_NONE = "none";
  /**
   * {@code -Afkguard.constantColumns=true}: a {@code COLUMN_<NAME>} constant per column as well.
   * Off by default: code needs table and constraint names ({@code getConstraintName()}); column
   * constants multiplied the class's size (docs/outputs.md).
   */
  public static final String CONSTANT_COLUMNS = "fkguard.constantColumns";
  /** A source root (e.g. {@code src/main/java}) where the constants class is a committed file. */
  public static final String CONSTANTS_DIR = "fkguard.constantsDir";
  public static final String MIGRATIONS = "fkguard.migrations";
  /** {@code verify}: write nothing, fail when the committed files are stale. */
  public static final String MODE = "fkguard.mode";
  public static final String ALLOW_DATA_LOSS = "fkguard.allowDataLoss";

  public static final List<String> ALL = List.of(DDL, CONSTANTS, CONSTANT_COLUMNS, CONSTANTS_DIR, MIGRATIONS, MODE, ALLOW_DATA_LOSS);

  /**
   * Checks the values that have a fixed set, before anything is written.
   *
   * @throws IllegalArgumentException naming the bad option and what to write instead
   */
  public static void validate(Map<String, String> options) {
    constantColumns(options);
  }

  /** {@code -Afkguard.constantColumns}: {@code true} or {@code false} (the default), any case. */
  public static boolean constantColumns(Map<String, String> options) {
    String option = options.get(CONSTANT_COLUMNS);
    String value = option == null ? "false" : option.trim().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("-A" + CONSTANT_COLUMNS + "=" + option + " is not a boolean:"
          + " use true (a COLUMN_ constant per column as well) or false (the default)");
    }
    return value.equals("true");
  }
}
