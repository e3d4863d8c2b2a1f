package io.fkguard.processor.output;

import java.util.List;

/** The {@code -A} options of the generated files (rule severities are {@code -Afkguard.<RuleId>}). */
public final class FkguardOptions {
  private FkguardOptions() {}

  public static final String DDL = "fkguard.ddl";
  public static final String CONSTANTS = "fkguard.constants";
  /**
   * {@code -Afkguard.constants=none}: no name constants. The class grows with the schema (about
   * 140 lines per entity) and javac parses, enters and compiles it like any source; a build that
   * does not use the constants need not pay for that (compile-benchmark/README.md).
   */
  public static final String CONSTANTS_NONE = "none";
  /** A source root (e.g. {@code src/main/java}) where the constants class is a committed file. */
  public static final String CONSTANTS_DIR = "fkguard.constantsDir";
  public static final String MIGRATIONS = "fkguard.migrations";
  /** {@code verify}: write nothing, fail when the committed files are stale. */
  public static final String MODE = "fkguard.mode";
  public static final String ALLOW_DATA_LOSS = "fkguard.allowDataLoss";

  public static final List<String> ALL = List.of(DDL, CONSTANTS, CONSTANTS_DIR, MIGRATIONS, MODE, ALLOW_DATA_LOSS);
}
