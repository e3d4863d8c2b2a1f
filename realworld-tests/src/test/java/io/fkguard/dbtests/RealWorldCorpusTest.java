package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, "Done means": published JPA modules, resolved from Maven Central by the build and
 * compiled as they are with every fkguard rule a warning. For each one the test prints its
 * entities and foreign keys, every MappingError and InternalError, fkguard's uncovered foreign keys
 * against pg-index-health's FOREIGN_KEYS_WITHOUT_INDEX on Hibernate's own export, and every
 * difference between the catalogs of fkguard's schema.sql and of Hibernate's export.
 *
 * <p>The goal is no error and no difference. Until then the errors are a ratchet (the count may
 * only fall) and every error and difference is pinned in {@code expected/<id>.txt}, so any change
 * fails and shows in review; {@code -Dcorpus.update=true} rewrites those files.
 */
class RealWorldCorpusTest {

  static Stream<RealWorldCorpus> corpora() {
    return RealWorldCorpora.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void compilesAsItIsAndMatchesHibernateAndPgIndexHealth(RealWorldCorpus corpus) {
    CorpusRun run = new CorpusRun(corpus);
    String report = report(run);
    System.out.println(report);
    Work.write(corpus.id() + "-report.txt", report + "\n");

    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertTrue(run.javacErrors.isEmpty(), corpus + ": javac errors that are not"
        + " fkguard's, so the corpus set-up is wrong:\n" + Texts.lines(run.javacErrors)));
    checks.add(() -> assertTrue(run.entities > 0, corpus + ": no entity compiled"));
    checks.add(() -> assertTrue(run.errors.size() <= corpus.errorRatchet(), corpus + ": "
        + run.errors.size() + " MappingError/InternalError, more than the " + corpus.errorRatchet()
        + " pinned in RealWorldCorpora:\n" + Texts.lines(run.errors)));
    String header = corpus.coordinates() + ": what fkguard still gets wrong, one line each."
        + "\nRegenerate with -Dcorpus.update=true (realworld-tests) and review the diff.";
    String mismatch = ExpectedLines.check(corpus.id(), header, run.pinnedLines());
    checks.add(() -> assertTrue(mismatch == null, mismatch));
    assertAll(corpus.toString(), checks);
    if (run.errors.size() < corpus.errorRatchet()) {
      System.out.println("NOTE " + corpus.id() + ": " + run.errors.size() + " error(s), fewer than the"
          + " ratchet of " + corpus.errorRatchet() + ": lower it in RealWorldCorpora");
    }
  }

  private static String report(CorpusRun run) {
    RealWorldCorpus c = run.corpus;
    StringBuilder out = new StringBuilder();
    out.append("== ").append(c).append('\n')
        .append("   shape: ").append(c.shape()).append('\n')
        .append("   naming: ").append(c.naming().option)
        .append(c.lombok() ? ", Lombok runs first" : "")
        .append(", source rewrites: ").append(c.rewrites().isEmpty() ? "none"
            : c.rewrites().stream().map(RealWorldCorpus.Rewrite::description).collect(Collectors.joining("; ")))
        .append('\n')
        .append("   ").append(run.entities).append(" entities; Hibernate's export has ")
        .append(run.hibernateForeignKeys).append(" foreign keys; ").append(run.summaryHeader()).append('\n');
    out.append("-- MappingError/InternalError: ").append(run.errors.size())
        .append(" (ratchet ").append(c.errorRatchet()).append(")\n");
    run.errors.forEach(e -> out.append("  ").append(e).append('\n'));
    out.append("-- uncovered foreign keys: fkguard ").append(run.uncoveredByFkguard.size())
        .append(", pg-index-health ").append(run.uncoveredByPg.size()).append(", ")
        .append(run.uncoveredDifferences.size()).append(" difference(s)\n");
    run.uncoveredDifferences.forEach(d -> out.append("  ").append(d).append('\n'));
    run.uncoveredExplained.forEach(d -> out.append("  documented: ").append(d).append('\n'));
    out.append("-- catalog: ").append(run.catalogDifferences.size()).append(" difference(s) ")
        .append(kinds(run.catalogDifferences)).append('\n');
    run.catalogDifferences.stream().sorted().forEach(d -> out.append("  ").append(d).append('\n'));
    return out.toString().stripTrailing();
  }

  /** Differences counted by kind, e.g. {@code differs column: 3}. */
  private static Map<String, Integer> kinds(List<String> differences) {
    Map<String, Integer> out = new TreeMap<>();
    for (String d : differences) {
      // "catalog only in hibernate: unique ..." -> "only in hibernate unique"
      String rest = d.replaceFirst("^catalog ", "");
      int colon = rest.indexOf(':');
      String kind = colon < 0 ? rest
          : rest.substring(0, colon).strip() + " " + rest.substring(colon + 1).strip().split(" ")[0];
      out.merge(kind, 1, Integer::sum);
    }
    return out;
  }
}
