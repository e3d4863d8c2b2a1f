package io.fkguard.compilebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The benchmark: for each corpus size, one warm-up round, then {@code repeats} rounds in which
 * every variant compiles the same corpus once, each round starting with a different variant so
 * that no variant always runs first (or right after the heaviest one) while the machine is
 * shared. Reports medians. Run it through Maven: {@code ./mvnw -B -q -pl compile-benchmark -am
 * verify -Pbenchmark} (README.md).
 */
public final class CompileBenchmark {
  private CompileBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = Stream.of(System.getProperty("benchmark.sizes", "200,1000,3000").split(","))
        .map(String::trim).map(Integer::parseInt).toList();
    int repeats = Integer.getInteger("benchmark.repeats", 5);
    String heap = System.getProperty("benchmark.heap", "6g");
    List<Variant> variants = Variant.parse(System.getProperty("benchmark.variants", "plain,no-op,fkguard,fkguard-no-constants,hibernate,both"));
    Path work = Path.of(System.getProperty("benchmark.work", "target/benchmark")).toAbsolutePath();
    Path output = Path.of(System.getProperty("benchmark.output", "results.md")).toAbsolutePath();
    Path javaHome = Path.of(System.getProperty("benchmark.javaHome", System.getProperty("java.home")));
    BenchmarkPaths paths = BenchmarkPaths.fromSystemProperties();
    JavacRunner runner = new JavacRunner(javaHome);

    Map<Integer, Map<Variant, List<Measurement>>> results = new TreeMap<>();
    for (int size : sizes) {
      Path sourceList = writeCorpus(work.resolve("corpus-" + size), size);
      Map<Variant, List<Measurement>> bySize = new EnumMap<>(Variant.class);
      for (int round = -1; round < repeats; round++) {
        for (int k = 0; k < variants.size(); k++) {
          Variant variant = variants.get(Math.floorMod(round + k, variants.size()));
          Measurement m = compile(runner, variant, paths, heap, work, sourceList);
          System.out.printf("N=%d %-9s %s%s%n", size, variant.name().toLowerCase(Locale.ROOT), m,
              round < 0 ? " (warm-up, not counted)" : "");
          if (round >= 0) {
            bySize.computeIfAbsent(variant, v -> new ArrayList<>()).add(m);
          }
        }
      }
      results.put(size, bySize);
      // Written after every size, so an interrupted run still leaves what it measured.
      Files.writeString(output, new Report(results, repeats, heap, javaHome, JavacRunner.method()).markdown(),
          StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + output);
  }

  private static Path writeCorpus(Path directory, int size) throws IOException {
    deleteTree(directory);
    List<Path> files = new CorpusGenerator(size, CorpusGenerator.DEFAULT_SEED).write(directory.resolve("src"));
    Path list = directory.resolve("sources.txt");
    Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    return list;
  }

  private static Measurement compile(JavacRunner runner, Variant variant, BenchmarkPaths paths,
      String heap, Path work, Path sourceList) throws IOException, InterruptedException {
    Path run = work.resolve("run");
    deleteTree(run);
    Files.createDirectories(run.resolve("classes"));
    Files.createDirectories(run.resolve("generated"));
    Files.createDirectories(run.resolve("db/migration"));
    Path log = work.resolve("javac-" + variant.name().toLowerCase(Locale.ROOT) + ".log");
    Measurement m = runner.run(variant.javacArgs(paths, heap, run, sourceList), log);
    sanityCheck(variant, run, log);
    return m;
  }

  /** A variant that silently did less work would look fast: prove each did its full job. */
  private static void sanityCheck(Variant variant, Path run, Path log) throws IOException {
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (output.contains("[fkguard")) {
      throw new IllegalStateException("fkguard reported on the corpus; it must compile silently:\n" + output);
    }
    if (variant.runsFkguard() && !(Files.exists(run.resolve("db/schema.sql"))
        && Files.exists(run.resolve("db/migration/V1__baseline.sql")))) {
      throw new IllegalStateException(variant + " wrote no schema.sql or baseline migration:\n" + output);
    }
    boolean constants = Files.exists(run.resolve("generated/bench/Db.java"));
    if (constants != (variant == Variant.FKGUARD || variant == Variant.BOTH)) {
      throw new IllegalStateException(variant + ": the constants class was " + (constants ? "" : "not ")
          + "generated:\n" + output);
    }
    boolean metamodel;
    try (Stream<Path> files = Files.walk(run.resolve("generated"))) {
      metamodel = files.anyMatch(f -> f.getFileName().toString().endsWith("_.java"));
    }
    if ((variant == Variant.HIBERNATE || variant == Variant.BOTH) != metamodel) {
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
