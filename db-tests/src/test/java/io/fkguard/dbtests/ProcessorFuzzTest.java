package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.FkguardProcessor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, robustness: thousands of generated entity sets, valid and broken, through javac and
 * fkguard in this JVM. No exception may reach javac, every fkguard diagnostic must sit on an
 * element, no InternalError may appear, a set meant to be valid must be accepted, and the
 * schema.sql of every accepted set must apply to PostgreSQL.
 *
 * <p>Bounded by time, not by count: sets are generated until {@code fuzz.seconds} (default 40) have
 * passed and at least {@code fuzz.min} (default 1000) sets ran. The seed is fixed by default so CI
 * is repeatable; {@code -Dfuzz.seed=random} explores, and a failure prints the seed and index.
 */
class ProcessorFuzzTest {
  private static final int SHOWN_FAILURES = 10;

  @Test
  void noCrashNoUnplacedErrorAndEveryAcceptedSchemaApplies() throws SQLException, Exception {
    long seed = seed();
    long budgetNanos = Long.getLong("fuzz.seconds", 40) * 1_000_000_000L;
    int minimum = Integer.getInteger("fuzz.min", 1000);
    int batchSize = Integer.getInteger("fuzz.batch", 10);
    Map<String, String> failures = new LinkedHashMap<>(); // first example of each kind
    int sets = 0;
    int accepted = 0;
    int meantValid = 0;
    int failed = 0;
    long compileNanos = 0;
    long start = System.nanoTime();
    Database db = Postgres.newDatabase("fuzz");
    try (InMemoryJavac javac = new InMemoryJavac(CorpusCompiler.classPath());
        Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      while (sets < minimum || System.nanoTime() - start < budgetNanos) {
        List<EntitySet> batch = new ArrayList<>();
        for (int i = 0; i < batchSize; i++, sets++) {
          batch.add(EntitySetGenerator.generate(seed, sets));
        }
        long t0 = System.nanoTime();
        Map<EntitySet, FuzzVerdict> verdicts = compile(javac, batch);
        compileNanos += System.nanoTime() - t0;
        for (EntitySet set : batch) {
          FuzzVerdict verdict = verdicts.get(set);
          List<String> problems = new ArrayList<>(verdict.problems());
          meantValid += set.meantValid() ? 1 : 0;
          if (verdict.accepted()) {
            accepted++;
            if (verdict.schemaSql() != null) {
              applyAndRollBack(connection, verdict.schemaSql()).ifPresent(problems::add);
            }
          }
          if (!problems.isEmpty()) {
            failed++;
            for (String problem : problems) {
              failures.putIfAbsent(kind(problem), abbreviate(problem) + "\n" + set.describe());
            }
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("fuzz: seed %d, %d sets in %.1f s (%d accepted, %d rejected; %d meant valid),"
        + " %d failed; javac %.1f s%n", seed, sets, seconds, accepted, sets - accepted, meantValid, failed,
        compileNanos / 1e9);
    assertTrue(failures.isEmpty(), failed + " of " + sets + " sets broke the contract (seed " + seed
        + "); first example of each kind:\n\n" + String.join("\n\n",
            failures.values().stream().limit(SHOWN_FAILURES).toList())
        + "\n\nkinds: " + failures.keySet());
    // The generator must keep producing both kinds, or the test proves nothing.
    assertTrue(accepted > sets / 10 && sets - accepted > sets / 10,
        "accepted " + accepted + " of " + sets + ": the generator lost its balance");
  }

  /**
   * One javac run for the whole batch, each set under its own {@link ScopedProcessor}. An error
   * javac finds before processing (cyclic inheritance) stops processing for every set: then the
   * sets with errors keep that verdict (alone they would not be processed either) and the others
   * are compiled again without them.
   */
  private static Map<EntitySet, FuzzVerdict> compile(InMemoryJavac javac, List<EntitySet> batch) {
    Map<String, String> sources = new TreeMap<>();
    List<ScopedProcessor> processors = new ArrayList<>();
    for (EntitySet set : batch) {
      sources.putAll(set.sources());
      processors.add(new ScopedProcessor(new FkguardProcessor(), set.packageName(),
          set.options()));
    }
    InMemoryJavac.Outcome outcome = javac.compile(sources, List.of("-proc:only"), processors);
    Set<String> printed = processors.stream().flatMap(p -> p.printed.stream())
        .map(ScopedProcessor.Printed::message).collect(Collectors.toSet());
    Map<EntitySet, FuzzVerdict> verdicts = new java.util.LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      verdicts.put(batch.get(i), new FuzzVerdict(batch.get(i), outcome, processors.get(i), printed));
    }
    if (processors.stream().allMatch(p -> p.rounds > 0)) {
      return verdicts;
    }
    List<EntitySet> clean = batch.stream().filter(s -> verdicts.get(s).accepted()).toList();
    if (clean.size() < batch.size() && !clean.isEmpty()) {
      verdicts.putAll(compile(javac, clean));
    }
    return verdicts;
  }

  private static java.util.Optional<String> applyAndRollBack(Connection connection, String ddl) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(ddl);
      return java.util.Optional.empty();
    } catch (SQLException e) {
      return java.util.Optional.of("schema.sql rejected by PostgreSQL: " + e.getMessage() + "\n" + ddl);
    } finally {
      try {
        connection.rollback();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Long stack traces and scripts cut to their head: the set's sources reproduce the rest. */
  private static String abbreviate(String problem) {
    List<String> lines = problem.lines().toList();
    return lines.size() <= 25 ? problem
        : String.join("\n", lines.subList(0, 25)) + "\n  ... (" + (lines.size() - 25) + " more lines)";
  }

  private static String kind(String problem) {
    String firstLine = problem.lines().findFirst().orElse("");
    return firstLine.length() > 60 ? firstLine.substring(0, 60) : firstLine;
  }

  private static long seed() {
    String value = System.getProperty("fuzz.seed", "20261130");
    return value.equals("random") ? System.nanoTime() : Long.parseLong(value);
  }
}
