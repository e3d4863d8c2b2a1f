package io.fkguard.processor.options;

import io.fkguard.processor.report.Severity;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * Reads javac's {@code -A} options into {@link Options}. Every value is checked here, and a bad
 * one is an error naming the option, the value and what is accepted: a typo must never quietly
 * mean a default ({@code -Afkguard.mode=verfy} silently writing in CI would switch the stale-file
 * check off). An unknown {@code fkguard.*} key is an error too, with the nearest known key.
 */
public final class OptionParser {
  /** The options, or what is wrong with them (then {@code options} is null). */
  public record Result(Options options, List<String> errors) {}

  private final Map<String, String> raw;
  private final Collection<String> ruleIds;
  private final List<String> errors = new ArrayList<>();

  private OptionParser(Map<String, String> raw, Collection<String> ruleIds) {
    this.raw = raw;
    this.ruleIds = ruleIds;
  }

  /** Every key fkguard accepts: its options and {@code fkguard.<RuleId>} for each rule. */
  public static Set<String> supportedKeys(Collection<String> ruleIds) {
    Set<String> keys = new TreeSet<>(Options.KEYS);
    ruleIds.forEach(id -> keys.add(Options.PREFIX + id));
    return keys;
  }

  /** @param raw javac's options ({@code ProcessingEnvironment.getOptions()}), all processors' */
  public static Result parse(Map<String, String> raw, Collection<String> ruleIds) {
    return new OptionParser(raw, ruleIds).parse();
  }

  private Result parse() {
    Set<String> known = supportedKeys(ruleIds);
    for (String key : new TreeSet<>(raw.keySet())) {
      if (key.startsWith(Options.PREFIX) && !known.contains(key)) {
        errors.add("-A" + key + " is not an fkguard option"
            + nearest(key, known).map(k -> " (did you mean -A" + k + "?)").orElse("")
            + "; the options are " + String.join(", ", Options.KEYS) + " and " + Options.PREFIX
            + "<RuleId>=error|warning|off for each rule in docs/rules/");
      }
    }
    String naming = choice(Options.NAMING, "spring", List.of("spring", "jpa"));
    boolean summary = choice(Options.SUMMARY, "false", List.of("true", "false")).equals("true");
    boolean verify = choice(Options.MODE, "write", List.of("write", "verify")).equals("verify");
    Path ddl = path(Options.DDL);
    if (ddl != null && Files.isDirectory(ddl)) {
      errors.add("-A" + Options.DDL + "=" + raw.get(Options.DDL) + " is a directory: give the file "
          + "schema.sql should be written to, e.g. -A" + Options.DDL + "=" + ddl.resolve("schema.sql"));
    }
    Path migrations = directory(Options.MIGRATIONS);
    Path constantsDir = directory(Options.CONSTANTS_DIR);
    String constants = value(Options.CONSTANTS);
    boolean constantsOff = Options.CONSTANTS_NONE.equals(constants);
    boolean constantColumns = choice(Options.CONSTANT_COLUMNS, "false", List.of("true", "false")).equals("true");
    if (constants != null && !constantsOff && !SourceVersion.isName(constants)) {
      errors.add("-A" + Options.CONSTANTS + "=" + raw.get(Options.CONSTANTS) + " is not a Java class "
          + "name: give a qualified name such as com.acme.Db, or " + Options.CONSTANTS_NONE
          + " for no constants class");
    }
    Set<String> allowed = new TreeSet<>();
    String allowOption = value(Options.ALLOW_DATA_LOSS);
    if (allowOption != null) {
      for (String item : allowOption.split(",")) {
        if (!item.isBlank()) {
          allowed.add(item.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    String beanValidation = choice(Options.BEAN_VALIDATION, null,
        List.of(Options.BEAN_VALIDATION_DDL, Options.BEAN_VALIDATION_NONE));
    Map<String, Severity> severities = new TreeMap<>();
    for (String id : ruleIds) {
      String value = choice(Options.PREFIX + id, null, List.of("error", "warning", "off"));
      if (value != null) {
        severities.put(id, Severity.valueOf(value.toUpperCase(Locale.ROOT)));
      }
    }
    boolean adopt = choice(Options.ADOPT, "false", List.of("true", "false")).equals("true");
    if (adopt && migrations == null) {
      errors.add("-A" + Options.ADOPT + "=true needs -A" + Options.MIGRATIONS + "=<the Flyway directory>");
    }
    String testCompile = choice(Options.TEST_COMPILE, "auto", List.of("auto", "true", "false"));
    Path baseline = path(Options.BASELINE);
    if (baseline != null && Files.isDirectory(baseline)) {
      errors.add("-A" + Options.BASELINE + "=" + raw.get(Options.BASELINE) + " is a directory: give the "
          + "file, e.g. -A" + Options.BASELINE + "=" + baseline.resolve("fkguard-baseline.txt"));
    }
    boolean baselineWrite = choice(Options.BASELINE_WRITE, "false", List.of("true", "false")).equals("true");
    if (baselineWrite && baseline == null) {
      errors.add("-A" + Options.BASELINE_WRITE + "=true needs -A" + Options.BASELINE + "=<the file to write>");
    }
    if (baselineWrite && verify) {
      errors.add("-A" + Options.BASELINE_WRITE + "=true writes a file, so it cannot go with -A" + Options.MODE
          + "=verify, which writes nothing");
    }
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(new Options(naming, summary, verify, ddl, migrations,
        constantsOff ? null : constants, constantsOff, constantColumns, constantsDir, allowed, severities,
        adopt, testCompile, baseline, baselineWrite, beanValidation),
        List.of());
  }

  /** The trimmed value, or null when absent or blank (a blank value means "not set"). */
  private String value(String key) {
    String value = raw.get(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** One of {@code accepted} (compared ignoring case), or {@code fallback} when not set. */
  private String choice(String key, String fallback, List<String> accepted) {
    String value = value(key);
    if (value == null) {
      return fallback;
    }
    String folded = value.toLowerCase(Locale.ROOT);
    if (accepted.contains(folded)) {
      return folded;
    }
    errors.add("-A" + key + "=" + raw.get(key) + " is not valid: use "
        + String.join(", ", accepted.subList(0, accepted.size() - 1)) + " or " + accepted.get(accepted.size() - 1));
    return fallback;
  }

  private Path path(String key) {
    String value = value(key);
    if (value == null) {
      return null;
    }
    try {
      return Path.of(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      errors.add("-A" + key + "=" + raw.get(key) + " is not a valid path: " + e.getReason());
      return null;
    }
  }

  /** A directory option: it may not exist yet (fkguard creates it), but must not be a file. */
  private Path directory(String key) {
    Path path = path(key);
    if (path != null && Files.exists(path) && !Files.isDirectory(path)) {
      errors.add("-A" + key + "=" + raw.get(key) + " is a file, not a directory: give the directory");
    }
    return path;
  }

  /** The known key closest to a misspelt one, if it is close (at most 3 edits). */
  static java.util.Optional<String> nearest(String key, Set<String> known) {
    String best = null;
    int bestDistance = 4;
    for (String candidate : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
