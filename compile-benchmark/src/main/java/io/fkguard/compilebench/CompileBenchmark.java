package io.fkguard.compilebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import io.fkguard.processor.corpus.CorpusGenerator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The benchmark: one warm-up round, then for each corpus size {@code repeats} rounds in which
 * every config (variant and heap) compiles the same corpus once, each round starting with a
 * different config so that none always runs first (or right after the heaviest one) while the
 * machine is shared. Writes results.md and the figures table of every README listed in
 * {@code benchmark.readmes}. Run it through Maven: {@code ./mvnw -B -q -pl compile-benchmark -am
 * verify -Pbenchmark} (README.md).
 */
public final class CompileBenchmark {
  static final String DEFAULT_SIZES = "200,1000,3000,10000:2";
  static final String DEFAULT_CONFIGS =
      "plain,no-op,fkguard,fkguard-all,hibernate,no-op@1g,fkguard@1g";

  private CompileBenchmark() {}

  public static void main(String[] args) throws Exception {
    int repeats = Integer.getInteger("benchmark.repeats", 3);
    Map<Integer, Integer> sizes = sizes(System.getProperty("benchmark.sizes", DEFAULT_SIZES), repeats);
    List<Config> configs = Config.parse(System.getProperty("benchmark.variants", DEFAULT_CONFIGS));
    Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark")).toAbsolutePath();
    Path output = Path.of(System.getProperty("benchmark.output", "results.md")).toAbsolutePath().normalize();
    List<Path> readmes = Stream.of(System.getProperty("benchmark.readmes", "").split(","))
        .filter(s -> !s.isBlank()).map(s -> Path.of(s.trim()).toAbsolutePath().normalize()).toList();
    Path javaHome = Path.of(System.getProperty("benchmark.javaHome", System.getProperty("java.home")));
    BenchmarkPaths paths = BenchmarkPaths.fromSystemProperties();
    JavacRunner runner = new JavacRunner(javaHome);

    Map<Integer, Map<Config, List<Measurement>>> results = new TreeMap<>();
    Load load = new Load();
    for (Map.Entry<Integer, Integer> entry : sizes.entrySet()) {
      int size = entry.getKey();
      Path sourceList = writeCorpus(work.resolve("corpus-" + size), size);
      Map<Config, List<Measurement>> bySize = new LinkedHashMap<>();
      configs.forEach(c -> bySize.put(c, new ArrayList<>()));
      // One warm-up round before the first size only: it pays for the cold start (the JDK's and
      // the processors' jars read from disk). Later sizes find them cached, and each corpus is
      // freshly written, so in the page cache too; a warm-up there would cost a round of time.
      boolean first = results.isEmpty();
      for (int round = first ? -1 : 0; round < entry.getValue(); round++) {
        for (int k = 0; k < configs.size(); k++) {
          Config config = configs.get(Math.floorMod(round + k, configs.size()));
          load.sample();
          Measurement m = compile(runner, config, paths, work, sourceList);
          System.out.printf("N=%d %-14s %s%s%n", size, config.key(), m,
              round < 0 ? " (warm-up, not counted)" : "");
          if (round >= 0) {
            bySize.get(config).add(m);
          }
        }
      }
      results.put(size, bySize);
      // Written after every size, so an interrupted run still leaves what it measured.
      Report report = new Report(results, sizes, javaHome, JavacRunner.method(), load.describe());
      Files.writeString(output, report.markdown(), StandardCharsets.UTF_8);
      for (Path readme : readmes) {
        ReadmeTable.update(readme, report.summaryTable(readme.getParent().relativize(output).toString()));
      }
    }
    System.out.println("wrote " + output + (readmes.isEmpty() ? "" : " and the table in " + readmes));
  }

  /** {@code 200,1000,10000:2}: sizes, each with the default number of rounds or its own. */
  static Map<Integer, Integer> sizes(String list, int repeats) {
    Map<Integer, Integer> out = new TreeMap<>();
    for (String item : list.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] parts = item.trim().split(":", 2);
      out.put(Integer.parseInt(parts[0].trim()), parts.length == 2 ? Integer.parseInt(parts[1].trim()) : repeats);
    }
    return out;
  }

  private static Path writeCorpus(Path directory, int size) throws IOException {
    deleteTree(directory);
    List<Path> files = new CorpusGenerator(size, CorpusGenerator.DEFAULT_SEED).write(directory.resolve("src"));
    Path list = directory.resolve("sources.txt");
    Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    return list;
  }

  private static Measurement compile(JavacRunner runner, Config config, BenchmarkPaths paths,
      Path work, Path sourceList) throws IOException, InterruptedException {
    Path run = work.resolve("run");
    deleteTree(run);
    Files.createDirectories(run.resolve("classes"));
    Files.createDirectories(run.resolve("generated"));
    Files.createDirectories(run.resolve("db/migration"));
    Path log = work.resolve("javac-" + config.key() + ".log");
    try {
      Measurement m = runner.run(config.variant().javacArgs(paths, config.heap(), run, sourceList), log);
      sanityCheck(config.variant(), run, log);
      return m;
    } catch (IllegalStateException failed) {
      // A fixed small heap may be too small for javac itself: that is a figure, not a crash.
      if (!config.heap().isEmpty() && Files.readString(log, StandardCharsets.UTF_8).contains("OutOfMemoryError")) {
        return Measurement.failed("OutOfMemoryError");
      }
      throw failed;
    }
  }

  /** A variant that silently did less work would look fast: prove each did its full job. */
  private static void sanityCheck(Variant variant, Path run, Path log) throws IOException {
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (output.contains("[fkguard")) {
      throw new IllegalStateException("fkguard reported on the corpus; it must compile silently:\n" + output);
    }
    boolean schema = Files.exists(run.resolve("db/schema.sql"))
        || Files.exists(run.resolve("classes/META-INF/fkguard/schema.sql"));
    if (variant.runsFkguard() != schema) {
      throw new IllegalStateException(variant + ": schema.sql was " + (schema ? "" : "not ") + "written:\n" + output);
    }
    boolean migration = Files.exists(run.resolve("db/migration/V1__baseline.sql"));
    if ((variant == Variant.FKGUARD_ALL) != migration) {
      throw new IllegalStateException(variant + ": the baseline migration was " + (migration ? "" : "not ")
          + "written:\n" + output);
    }
    boolean constants = Files.exists(run.resolve("generated/bench/Db.java"));
    if (constants != variant.writesConstants()) {
      throw new IllegalStateException(variant + ": the constants class was " + (constants ? "" : "not ")
          + "generated:\n" + output);
    }
    boolean metamodel;
    try (Stream<Path> files = Files.walk(run.resolve("generated"))) {
      metamodel = files.anyMatch(f -> f.getFileName().toString().endsWith("_.java"));
    }
    if (variant.runsHibernate() != metamodel) {
      throw new IllegalStateException(variant + ": Hibernate's metamodel was "
          + (metamodel ? "" : "not ") + "generated:\n" + output);
    }
  }

  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
