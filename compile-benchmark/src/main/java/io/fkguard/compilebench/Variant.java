package io.fkguard.compilebench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ways the corpus is compiled. Processors come from {@code -processorpath} and are found by
 * javac's service lookup, exactly as Maven's {@code annotationProcessorPaths} hands them over; the
 * plain compile switches processing off so it measures javac alone.
 */
enum Variant {
  PLAIN("plain javac -proc:none"),
  /** The floor of every processor: javac's own cost of annotation processing ({@link NoOpProcessor}). */
  NO_OP("javac + a do-nothing processor"),
  /** fkguard with default options: schema.sql and schema.md in the class output, the constants. */
  FKGUARD("javac + fkguard"),
  /** Every output: {@code -Afkguard.ddl} and {@code -Afkguard.migrations}, so migration planning runs. */
  FKGUARD_ALL("javac + fkguard, -Afkguard.ddl and -Afkguard.migrations"),
  /** Defaults but the name constants: what the generated source costs javac, by difference. */
  FKGUARD_NO_CONSTANTS("javac + fkguard, -Afkguard.constants=none"),
  HIBERNATE("javac + hibernate-processor"),
  BOTH("javac + fkguard + hibernate-processor");

  final String label;

  Variant(String label) {
    this.label = label;
  }

  boolean runsFkguard() {
    return this == FKGUARD || this == FKGUARD_ALL || this == FKGUARD_NO_CONSTANTS || this == BOTH;
  }

  boolean writesConstants() {
    return this == FKGUARD || this == FKGUARD_ALL || this == BOTH;
  }

  boolean runsHibernate() {
    return this == HIBERNATE || this == BOTH;
  }

  /** Lower case with dashes, as written in {@code -Dbenchmark.variants}. */
  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Arguments after the launcher; {@code run} is an empty directory for this compile's outputs;
   * {@code heap} the {@code -J-Xmx} value, or empty for the JVM's default maximum heap.
   */
  List<String> javacArgs(BenchmarkPaths paths, String heap, Path run, Path sourceList) {
    List<String> args = new ArrayList<>();
    if (!heap.isEmpty()) {
      args.add("-J-Xmx" + heap);
    }
    args.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-classpath", paths.classpath(),
        "-d", run.resolve("classes").toString(), "-s", run.resolve("generated").toString()));
    switch (this) {
      case PLAIN -> args.add("-proc:none");
      case NO_OP -> args.addAll(List.of("-processorpath", paths.noOpPath(),
          "-processor", NoOpProcessor.class.getName()));
      case FKGUARD -> args.addAll(List.of("-processorpath", paths.fkguardPath()));
      case FKGUARD_ALL -> args.addAll(List.of("-processorpath", paths.fkguardPath(),
          // Every output fkguard has, migration planning included, into this run's own directory.
          "-Afkguard.ddl=" + run.resolve("db/schema.sql"),
          "-Afkguard.migrations=" + run.resolve("db/migration")));
      case FKGUARD_NO_CONSTANTS -> args.addAll(List.of("-processorpath", paths.fkguardPath(),
          "-Afkguard.constants=none"));
      case HIBERNATE -> args.addAll(List.of("-processorpath", paths.hibernatePath()));
      case BOTH -> args.addAll(List.of("-processorpath",
          paths.fkguardPath() + File.pathSeparator + paths.hibernatePath()));
    }
    args.add("@" + sourceList);
    return args;
  }

  static Variant parse(String key) {
    return valueOf(key.trim().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
