package io.fkguard.processor.options;

import io.fkguard.processor.report.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code -Afkguard.*} option, parsed and validated once by {@link OptionParser}: the rest of
 * fkguard reads these values, never the raw strings.
 *
 * @param naming {@code spring} (Spring Boot's physical naming, the default) or {@code jpa}
 * @param summary print the table of every foreign key and its decision as a note
 * @param verify write nothing, fail when a committed file is stale ({@code -Afkguard.mode=verify})
 * @param ddl where schema.sql goes (schema.md beside it), or {@code null}: the class output
 * @param migrations the Flyway directory fkguard adds migrations to, or {@code null}: none
 * @param constants the constants class's qualified name, or {@code null}: {@code Db} in the
 *     entities' common package; meaningless when {@code constantsOff}
 * @param constantsOff {@code -Afkguard.constants=none}: no constants class at all
 * @param constantColumns {@code -Afkguard.constantColumns=true}: a constant per column as well
 *     (off by default: code needs table and constraint names; column constants multiply the
 *     class's size)
 * @param constantsDir the source root where the constants class is a committed file, or {@code null}
 * @param allowedDataLoss tables and {@code table.column}s a migration may drop or rewrite, folded
 * @param severities severity overrides by rule id
 * @param adopt {@code -Afkguard.migrations.adopt=true}: record the entities as the state an
 *     existing Flyway history without a snapshot produces (a one-time step)
 * @param testCompile {@code -Afkguard.testCompile}: {@code auto} (the default: a class output
 *     named {@code test-classes} or Gradle's {@code classes/java/test}), {@code true} or
 *     {@code false}. A test compilation checks its entities but writes none of the main outputs
 * @param baseline the committed file of accepted findings, or {@code null}
 * @param baselineWrite {@code -Afkguard.baseline.write=true}: write (or refresh) that file with
 *     every current finding instead of failing on them
 * @param beanValidation {@code ddl} (Bean Validation constraints change the DDL, as Hibernate
 *     Validator makes them), {@code none}, or {@code null}: {@code ddl} when Hibernate Validator
 *     is on the compile class path
 */
public record Options(
    String naming,
    boolean summary,
    boolean verify,
    Path ddl,
    Path migrations,
    String constants,
    boolean constantsOff,
    boolean constantColumns,
    Path constantsDir,
    Set<String> allowedDataLoss,
    Map<String, Severity> severities,
    boolean adopt,
    String testCompile,
    Path baseline,
    boolean baselineWrite,
    String beanValidation) {

  public static final String PREFIX = "fkguard.";
  public static final String NAMING = "fkguard.naming";
  public static final String SUMMARY = "fkguard.summary";
  public static final String MODE = "fkguard.mode";
  public static final String DDL = "fkguard.ddl";
  public static final String MIGRATIONS = "fkguard.migrations";
  public static final String CONSTANTS = "fkguard.constants";
  public static final String CONSTANT_COLUMNS = "fkguard.constantColumns";
  public static final String CONSTANTS_DIR = "fkguard.constantsDir";
  public static final String ALLOW_DATA_LOSS = "fkguard.allowDataLoss";
  public static final String ADOPT = "fkguard.migrations.adopt";
  public static final String TEST_COMPILE = "fkguard.testCompile";
  public static final String BASELINE = "fkguard.baseline";
  public static final String BASELINE_WRITE = "fkguard.baseline.write";
  public static final String BEAN_VALIDATION = "fkguard.beanValidation";
  public static final String BEAN_VALIDATION_DDL = "ddl";
  public static final String BEAN_VALIDATION_NONE = "none";

  /**
   * {@code -Afkguard.constants=none}. The class grows with the schema and javac compiles it like
   * any source; a build that does not use the constants need not pay for that.
   */
  public static final String CONSTANTS_NONE = "none";

  /** The options that are not rule severities, in the order messages list them. */
  public static final List<String> KEYS = List.of(NAMING, SUMMARY, MODE, DDL, MIGRATIONS, CONSTANTS,
      CONSTANT_COLUMNS, CONSTANTS_DIR, ALLOW_DATA_LOSS, ADOPT, TEST_COMPILE, BASELINE, BASELINE_WRITE, BEAN_VALIDATION);


  public Options {
    allowedDataLoss = Set.copyOf(allowedDataLoss);
    severities = Map.copyOf(severities);
  }

  /** No option given: what a build without {@code -A} flags gets. */
  public static Options defaults() {
    return new Options("spring", false, false, null, null, null, false, false, null, Set.of(), Map.of(),
        false, "auto", null, false, null);
  }

  public Severity severity(String ruleId, Severity defaultSeverity) {
    return severities.getOrDefault(ruleId, defaultSeverity);
  }
}
