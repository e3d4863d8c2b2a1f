package io.fkguard.dbtests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac in this JVM for thousands of tiny compilations: one compiler and one standard file
 * manager (so the class-path jars are opened once), every output kept in memory (nothing touches
 * the disk, and one compilation never sees another's files).
 */
final class InMemoryJavac implements AutoCloseable {
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager standard;

  InMemoryJavac(List<File> classPath) {
    standard = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      standard.setLocation(StandardLocation.CLASS_PATH, classPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What one compilation did.
   *
   * @param success javac's result, or null when the call itself threw
   * @param thrown what escaped {@code task.call()}, or null
   * @param outputs every file written, by {@code LOCATION/relative/path}
   */
  record Outcome(Boolean success, Throwable thrown, List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, String> outputs) {}

  /** @param sources path (e.g. {@code fz1/Customer.java}) to text */
  Outcome compile(Map<String, String> sources, List<String> options, List<? extends Processor> processors) {
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> units.add(new CorpusCompiler.InMemorySource(path, text)));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Outputs outputs = new Outputs(standard);
    try {
      JavaCompiler.CompilationTask task = javac.getTask(null, outputs, diagnostics, options, null, units);
      task.setProcessors(processors);
      boolean success = task.call();
      return new Outcome(success, null, diagnostics.getDiagnostics(), outputs.texts());
    } catch (RuntimeException | Error e) {
      // javac wraps what a processor throws (ClientCodeException, AnnotationProcessingError).
      return new Outcome(null, e, diagnostics.getDiagnostics(), outputs.texts());
    }
  }

  @Override
  public void close() throws IOException {
    standard.close();
  }

  /** Output locations in memory; inputs (JDK, class path) from the shared standard manager. */
  private static final class Outputs extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, Output> files = new TreeMap<>();

    Outputs(StandardJavaFileManager standard) {
      super(standard);
    }

    Map<String, String> texts() {
      Map<String, String> out = new TreeMap<>();
      files.forEach((path, file) -> {
        if (file.bytes != null) {
          out.put(path, new String(file.bytes, StandardCharsets.UTF_8));
        }
      });
      return out;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
        JavaFileObject.Kind kind, FileObject sibling) {
      return output(location, className.replace('.', '/') + kind.extension, kind);
    }

    @Override
    public FileObject getFileForOutput(JavaFileManager.Location location, String packageName,
        String relativeName, FileObject sibling) {
      String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + relativeName;
      return output(location, path, JavaFileObject.Kind.OTHER);
    }

    @Override
    public boolean hasLocation(JavaFileManager.Location location) {
      return location.isOutputLocation() || super.hasLocation(location);
    }

    private Output output(JavaFileManager.Location location, String path, JavaFileObject.Kind kind) {
      return files.computeIfAbsent(location.getName() + "/" + path,
          key -> new Output(URI.create("mem:///out/" + key), kind));
    }
  }

  private static final class Output extends SimpleJavaFileObject {
    private byte[] bytes;

    Output(URI uri, Kind kind) {
      super(uri, kind);
    }

    @Override
    public OutputStream openOutputStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() throws IOException {
          super.close();
          bytes = toByteArray();
        }
      };
    }

    @Override
    public InputStream openInputStream() throws IOException {
      if (bytes == null) {
        throw new NoSuchFileException(toUri().toString());
      }
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      if (bytes == null) {
        throw new NoSuchFileException(toUri().toString());
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
