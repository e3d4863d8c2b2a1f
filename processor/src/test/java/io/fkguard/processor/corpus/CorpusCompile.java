package io.fkguard.processor.corpus;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.processor.FkguardProcessor;
import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs fkguard over a corpus inside the test JVM and returns what it wrote, by relative path. */
final class CorpusCompile {
  private CorpusCompile() {}

  /**
   * Compiles {@code sources} in the given order with fkguard as the only processor
   * ({@code -proc:only}: the outputs are what matters, not class files), with every output
   * option, and fails on any diagnostic: the corpus must be clean. Returns the files under
   * {@code db/} and {@code generated/}; class-output resources (under {@code classes/}) are left
   * out: they are bookkeeping for incremental builds, not what a user commits or compiles.
   */
  static Map<String, byte[]> fkguardOutputs(List<Path> sources, Path out) throws IOException {
    Path db = out.resolve("db");
    Files.createDirectories(db.resolve("migration"));
    Files.createDirectories(out.resolve("generated"));
    Files.createDirectories(out.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-proc:only", "--release", "17", "-encoding", "UTF-8",
          "-classpath", jarOf(Entity.class) + File.pathSeparator + jarOf(IndexedBy.class),
          "-s", out.resolve("generated").toString(), "-d", out.resolve("classes").toString(),
          "-Afkguard.ddl=" + db.resolve("schema.sql"),
          "-Afkguard.migrations=" + db.resolve("migration"));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new FkguardProcessor()));
      boolean ok = task.call();
      List<Diagnostic<? extends JavaFileObject>> reported = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
      if (!ok || !reported.isEmpty()) {
        throw new AssertionError("the corpus must compile without a warning or error: " + reported);
      }
    }
    Map<String, byte[]> written = new TreeMap<>();
    for (Path dir : List.of(db, out.resolve("generated"))) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          // '/' on every OS, so the golden files are named the same everywhere.
          written.put(out.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
        }
      }
    }
    return written;
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
