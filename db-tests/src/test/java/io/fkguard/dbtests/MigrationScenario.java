package io.fkguard.dbtests;

import io.fkguard.processor.testing.TestResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The processor's migration scenario ({@code processor/src/test/resources/migration/}) compiled
 * here with the real processor, version after version, into one Flyway directory: what the
 * database tests migrate with. Built once per JVM per walk.
 */
final class MigrationScenario {
  private static final Pattern VERSIONED = Pattern.compile("^([VU])(\\d+)__.*\\.sql$");
  private static final Map<String, MigrationScenario> CACHE = new ConcurrentHashMap<>();

  /** One compilation: the model version, its schema.sql, and the Flyway versions it wrote. */
  record Step(String version, String schemaSql, List<Integer> versions) {
    int last() {
      return versions.get(versions.size() - 1);
    }
  }

  private final Path directory;
  private final List<Step> steps;

  private MigrationScenario(Path directory, List<Step> steps) {
    this.directory = directory;
    this.steps = steps;
  }

  /** v01 to v09: every kind of change the generator writes. */
  static MigrationScenario walk() {
    return CACHE.computeIfAbsent("walk", k -> build("walk", List.of(
        new String[] {"v01"}, new String[] {"v02"}, new String[] {"v03"}, new String[] {"v04"},
        new String[] {"v05"}, new String[] {"v06"}, new String[] {"v07"}, new String[] {"v08"},
        new String[] {"v09"})));
  }

  /** v01, v02, then the data-losing changes, allowed: review.text dropped, then review itself. */
  static MigrationScenario drops() {
    return CACHE.computeIfAbsent("drops", k -> build("drops", List.of(
        new String[] {"v01"}, new String[] {"v02"},
        new String[] {"drop_column", "-Afkguard.allowDataLoss=review.text"},
        new String[] {"v01", "-Afkguard.allowDataLoss=review,review_seq"})));
  }

  /**
   * The NOT NULL patterns: a new NOT NULL column with a default, an existing column made NOT NULL
   * (check NOT VALID, validate, set not null), then widened and made nullable again.
   */
  static MigrationScenario notNull() {
    return CACHE.computeIfAbsent("not-null", k -> build("not-null", List.of(
        new String[] {"nn1"}, new String[] {"nn2"}, new String[] {"nn3"}, new String[] {"nn3_widen"})));
  }

  private static MigrationScenario build(String name, List<String[]> versions) {
    // One directory per JVM: two builds of this module in one checkout must not share it.
    String run = "migration-" + name + "-" + ProcessHandle.current().pid();
    Path directory = Work.dir(run).resolve("db/migration");
    List<Step> steps = new ArrayList<>();
    int n = 0;
    for (String[] version : versions) {
      Corpus corpus = Corpus.read(run + "-" + (++n) + "-" + version[0],
          TestResources.directory("migration/" + version[0]));
      Path ddl = Work.dir(corpus.name() + "-ddl").resolve("schema.sql");
      List<Integer> before = versions(directory);
      List<String> options = new ArrayList<>(List.of("-Afkguard.migrations=" + directory));
      options.addAll(List.of(version).subList(1, version.length));
      CorpusCompiler.Result result = CorpusCompiler.withFkguard(corpus, Naming.SPRING, ddl, options);
      if (!result.success()) {
        throw new AssertionError("fkguard did not compile " + corpus.name() + ":\n" + result.describeDiagnostics());
      }
      List<Integer> written = versions(directory);
      written.removeAll(before);
      if (written.isEmpty()) {
        throw new AssertionError(corpus.name() + " wrote no migration");
      }
      steps.add(new Step(version[0], read(ddl), written));
    }
    return new MigrationScenario(directory, List.copyOf(steps));
  }

  Path directory() {
    return directory;
  }

  List<Step> steps() {
    return steps;
  }

  /** The V (or U) file of a Flyway version. */
  Path file(char prefix, int version) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> {
        Matcher m = VERSIONED.matcher(f.getFileName().toString());
        return m.matches() && m.group(1).charAt(0) == prefix && Integer.parseInt(m.group(2)) == version;
      }).findFirst().orElseThrow(() -> new AssertionError("no " + prefix + version + " in " + directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every V or U script, by version. */
  List<Path> scripts(char prefix) {
    TreeMap<Integer, Path> out = new TreeMap<>();
    for (int v : versions(directory)) {
      out.put(v, file(prefix, v));
    }
    return List.copyOf(out.values());
  }

  /** A CONCURRENTLY script carries a .conf: Flyway runs it outside a transaction. */
  static boolean concurrent(Path script) {
    String name = script.getFileName().toString();
    return Files.exists(script.resolveSibling("V" + name.substring(1) + ".conf"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Integer> versions(Path directory) {
    if (!Files.isDirectory(directory)) {
      return new ArrayList<>();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
          .filter(m -> m.matches() && m.group(1).equals("V"))
          .map(m -> Integer.parseInt(m.group(2)))
          .sorted(Comparator.naturalOrder())
          .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
