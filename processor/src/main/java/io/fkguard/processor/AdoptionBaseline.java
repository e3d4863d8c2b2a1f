package io.fkguard.processor;

import io.fkguard.processor.options.Options;
import io.fkguard.processor.report.Baseline;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code -Afkguard.baseline}: the rules' findings the committed baseline accepts become one note
 * with their count; the others are reported as usual; a baseline line whose finding is gone is an
 * error until it is removed. {@code -Afkguard.baseline.write=true} writes the file from the
 * current findings instead (the one command that creates or refreshes it).
 */
final class AdoptionBaseline {
  private AdoptionBaseline() {}

  /**
   * @param findings the rules' findings, before severities and suppressions
   * @param testCompilation a test compilation sees only its own entities: it neither writes the
   *     file nor calls the main entities' lines gone
   * @return the findings to report as usual
   */
  static List<Finding> apply(Options options, Reporter reporter, List<Finding> findings, boolean testCompilation) {
    Path file = options.baseline();
    if (file == null) {
      return findings;
    }
    List<Finding> reported = findings.stream().filter(reporter::isReported).toList();
    if (options.baselineWrite() && !testCompilation) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Baseline.write(reported), StandardCharsets.UTF_8);
      } catch (IOException e) {
        reporter.configurationError("could not write the baseline -A" + Options.BASELINE + "=" + file + " ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + "): give a writable file");
        return reported;
      }
      reporter.note("fkguard: wrote " + file + " accepting " + reported.size() + " findings; commit it and "
          + "compile without -A" + Options.BASELINE_WRITE + "=true");
      return List.of();
    }
    Baseline baseline;
    if (!Files.exists(file)) {
      if (testCompilation) {
        return reported;
      }
      reporter.configurationError("the baseline -A" + Options.BASELINE + "=" + file + " does not exist: create it "
          + "once with -A" + Options.BASELINE_WRITE + "=true (it accepts the current findings), then commit it");
      return reported;
    }
    try {
      baseline = Baseline.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      reporter.configurationError("the baseline " + file + " cannot be read: " + e.getMessage() + ". Restore it "
          + "from version control, or rewrite it with -A" + Options.BASELINE_WRITE + "=true");
      return reported;
    }
    Baseline.Match match = baseline.match(reported);
    if (!match.accepted().isEmpty()) {
      StringBuilder text = new StringBuilder("fkguard: " + match.accepted().size() + " findings accepted by the "
          + "baseline " + file + " (fix them, then remove their lines):");
      match.accepted().stream().map(Baseline.Entry::of).sorted().distinct()
          .forEach(e -> text.append("\n  ").append(e.rule()).append(": ").append(e.key()));
      reporter.note(text.toString());
    }
    if (!testCompilation) {
      for (Baseline.Entry gone : match.gone()) {
        reporter.configurationError("the baseline " + file + " accepts " + gone.rule() + " for " + gone.key()
            + ", but fkguard no longer finds it: remove that line (the baseline only shrinks), or refresh the "
            + "file with -A" + Options.BASELINE_WRITE + "=true");
      }
    }
    return match.fresh();
  }
}
