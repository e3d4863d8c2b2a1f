package io.fkguard.processor;

import io.fkguard.processor.options.Options;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Whether this compilation is of test sources. Maven passes the main compilation's compiler
 * arguments to {@code testCompile} too, so the same {@code -Afkguard.ddl} and
 * {@code -Afkguard.migrations} reach a compilation of {@code src/test/java}: its entities are
 * still checked, but schema.sql, schema.md, the constants and the migrations belong to the main
 * compilation and are never written from it. Detected from the class output directory (Maven's
 * {@code target/test-classes}, Gradle's {@code build/classes/<lang>/test}) unless
 * {@code -Afkguard.testCompile} says otherwise.
 */
final class TestCompilation {
  private static final List<String> TEST_OUTPUTS = List.of("/test-classes/", "/classes/java/test/",
      "/classes/kotlin/test/", "/classes/groovy/test/");

  private TestCompilation() {}

  /** The class output directory when this is a test compilation, else empty. */
  static Optional<String> detect(Filer filer, Options options) {
    if (options.testCompile().equals("false")) {
      return Optional.empty();
    }
    String output = classOutput(filer);
    if (options.testCompile().equals("true")) {
      return Optional.of(output);
    }
    String path = output.replace('\\', '/') + "/";
    return TEST_OUTPUTS.stream().anyMatch(path::contains) ? Optional.of(output) : Optional.empty();
  }

  /** The class output directory as javac's file manager names it (a URI in memory-only tests). */
  private static String classOutput(Filer filer) {
    try {
      String uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/fkguard/probe").toUri().toString();
      String dir = uri.substring(0, uri.length() - "META-INF/fkguard/probe".length());
      return dir.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(dir)).toString() : dir;
    } catch (IOException | RuntimeException e) {
      return "(unknown class output)"; // then only -Afkguard.testCompile=true marks a test compilation
    }
  }
}
