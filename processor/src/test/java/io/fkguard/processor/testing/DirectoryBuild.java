package io.fkguard.processor.testing;

import io.fkguard.processor.FkguardProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac with fkguard on real directories, the way a build tool runs it: class output and
 * generated sources persist between compilations, and the class output is on the class path, so
 * a second compilation of a few changed sources sees the others only as class files.
 */
public final class DirectoryBuild {
  private final Path classes;
  private final Path generated;
  private final List<Path> moreClassPath;

  /**
   * What one compilation produced.
   *
   * @param findings the fkguard diagnostics' texts, sorted, without the note that says a place was
   *     read from the class path (where a diagnostic sits differs between full and incremental
   *     builds; what it says must not)
   * @param outputs schema.sql, schema.md and every generated source, by file name, as text
   */
  public record Result(boolean success, List<String> findings, Map<String, String> outputs) {}

  public DirectoryBuild(Path root) {
    this(root.resolve("classes"), root.resolve("generated-sources"));
  }

  /**
   * A build with its own directories, e.g. Maven's test compilation: {@code target/test-classes}
   * with {@code target/classes} on its class path.
   */
  public DirectoryBuild(Path classes, Path generated, Path... moreClassPath) {
    this.classes = classes;
    this.generated = generated;
    this.moreClassPath = List.of(moreClassPath);
  }

  /** @param sources path (e.g. {@code shop/order/Coupon.java}) to text: the files compiled now */
  public Result compile(Map<String, String> sources, String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      List<File> classPath = new ArrayList<>(List.of(classes.toFile()));
      moreClassPath.forEach(p -> classPath.add(p.toFile()));
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classPath.add(new File(entry));
      }
      files.setLocation(StandardLocation.CLASS_PATH, classPath);
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((path, text) -> units.add(new Source(path, text)));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of(options), null, units);
      task.setProcessors(List.of(new FkguardProcessor()));
      boolean success = task.call();
      List<String> findings = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getMessage(Locale.ROOT))
          .filter(m -> m.startsWith("[fkguard"))
          .map(m -> m.replaceAll(" \\[declared in [^\\]]*, read from the class path\\]$", ""))
          .sorted()
          .toList();
      return new Result(success, findings, outputs());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, String> outputs() throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path fkguard = classes.resolve("META-INF/fkguard");
    for (String name : List.of("schema.sql", "schema.md")) {
      if (Files.exists(fkguard.resolve(name))) {
        out.put(name, Files.readString(fkguard.resolve(name), StandardCharsets.UTF_8));
      }
    }
    try (Stream<Path> walk = Files.walk(generated)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        out.put(generated.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
