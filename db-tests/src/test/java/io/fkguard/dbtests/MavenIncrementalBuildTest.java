package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.processor.FkguardProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6, Maven incremental compilation: a real {@code mvn compile} (the repository's wrapper,
 * offline, maven-compiler-plugin 3.14.0) of a small project, then one entity changed and compiled
 * again; schema.sql, schema.md and Db.java must be byte-identical to a clean build of the changed
 * sources. Both modes of the plugin: {@code useIncrementalCompilation=false} passes javac only the
 * stale source (the others are class files: fkguard's entity list matters), the default
 * {@code true} recompiles the whole module on any change.
 *
 * <p>The changed entity, Coupon, reaches nothing and nothing reaches it: compiled alone, only the
 * entity list tells fkguard about the rest of the model.
 */
class MavenIncrementalBuildTest {
  private static final String CHANGED = "src/main/java/shop/order/Coupon.java";
  private static final Pattern COMPILING = Pattern.compile("Compiling (\\d+) source files?");

  @ParameterizedTest(name = "useIncrementalCompilation={0}")
  @ValueSource(booleans = {false, true})
  void changingOneEntityWritesWhatACleanBuildWrites(boolean incremental) throws IOException {
    String mode = incremental ? "default" : "stale-only";
    Path project = project("maven-incremental-" + mode);
    assertEquals(8, maven(project, incremental), "the first build compiles every source");
    change(project);
    int recompiled = maven(project, incremental);
    assertEquals(incremental ? 8 : 1, recompiled,
        "useIncrementalCompilation=" + incremental + " recompiles " + (incremental ? "the module" : "the stale file only"));

    Path clean = project("maven-incremental-" + mode + "-clean");
    change(clean);
    maven(clean, incremental);

    Map<String, String> expected = outputs(clean);
    Map<String, String> actual = outputs(project);
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((file, text) -> assertEquals(text, actual.get(file), file));
    String sql = actual.get("classes/META-INF/fkguard/schema.sql");
    assertTrue(sql.contains("added_note varchar(255)") && sql.contains("create table order_line ("), sql);
  }

  /** A fresh copy of the template pom and the corpus of processor's IncrementalBuildTest. */
  private static Path project(String name) throws IOException {
    Path dir = Work.dir(name);
    Path root = root();
    Files.copy(root.resolve("db-tests/src/test/resources/maven-incremental/pom.xml"), dir.resolve("pom.xml"));
    Path corpus = root.resolve("processor/src/test/resources/incremental");
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = dir.resolve("src/main/java").resolve(corpus.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return dir;
  }

  /** A new column on Coupon, and a modification time javac's stale check cannot miss. */
  private static void change(Path project) throws IOException {
    Path coupon = project.resolve(CHANGED);
    String text = Files.readString(coupon, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('}');
    Files.writeString(coupon, text.substring(0, end) + "  String addedNote;\n" + text.substring(end),
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(coupon, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
  }

  /** Runs {@code mvn -o compile}; returns how many sources javac compiled (0 if it did not run). */
  private static int maven(Path project, boolean incremental) throws IOException {
    Path log = project.resolve("build-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(root().resolve("mvnw").toString(), "-B", "-o",
        "-ntp", "-f", project.resolve("pom.xml").toString(), "compile",
        "-Dincremental=" + incremental,
        "-Dfkguard.annotations=" + MavenRun.annotationsJar(),
        "-Dfkguard.processorpath=" + MavenRun.location(FkguardProcessor.class)));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    try {
      Process process = builder.start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("mvn did not finish in 180 s; see " + log);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), "mvn failed:\n" + output);
      Matcher compiling = COMPILING.matcher(output);
      return compiling.find() ? Integer.parseInt(compiling.group(1)) : 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** fkguard's generated files of a built project, by path under target/. */
  private static Map<String, String> outputs(Path project) throws IOException {
    Path target = project.resolve("target");
    Map<String, String> out = new TreeMap<>();
    for (Path dir : List.of(target.resolve("classes/META-INF/fkguard"),
        target.resolve("generated-sources/annotations"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          out.put(target.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static Path root() {
    return Path.of(System.getProperty("fkguard.root", "..")).toAbsolutePath().normalize();
  }
}
