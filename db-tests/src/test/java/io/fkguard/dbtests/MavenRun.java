package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.processor.FkguardProcessor;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Maven build of a small project: the repository's wrapper, offline, with fkguard given
 * as a processor path (the processor and JavaPoet) and an annotations jar, since fkguard is never
 * installed into the local repository.
 */
final class MavenRun {
  private MavenRun() {}

  /** {@code mvn compile}; demands success or failure as {@code succeed} says; returns the log. */
  static String compile(Path project, boolean succeed, String... properties) throws IOException {
    return run(project, succeed, "compile", properties);
  }

  static String run(Path project, boolean succeed, String goal, String... properties) throws IOException {
    Path log = project.resolve("build-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(root().resolve("mvnw").toString(), "-B", "-o",
        "-ntp", "-f", project.resolve("pom.xml").toString(), goal,
        "-Dfkguard.annotations=" + annotationsJar(),
        "-Dfkguard.processorpath=" + location(FkguardProcessor.class)));
    command.addAll(List.of(properties));
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
      if (succeed) {
        assertEquals(0, process.exitValue(), "mvn " + goal + " " + List.of(properties) + " failed:\n" + output);
      } else {
        assertNotEquals(0, process.exitValue(), "mvn " + goal + " " + List.of(properties) + " passed:\n" + output);
      }
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A system-scope dependency must be a file: the reactor may give the annotations as a directory. */
  static synchronized Path annotationsJar() throws IOException {
    Path location = location(IndexedBy.class);
    if (Files.isRegularFile(location)) {
      return location;
    }
    Path jar = Work.root().resolve("fkguard-annotations-from-classes.jar");
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(location)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        zip.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    return jar;
  }

  static Path root() {
    return Path.of(System.getProperty("fkguard.root", "..")).toAbsolutePath().normalize();
  }

  static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
