package io.fkguard.dbtests;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.processor.FkguardProcessor;
import jakarta.persistence.Entity;
import jakarta.validation.Valid;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.hibernate.annotations.NaturalId;
import org.hibernate.validator.HibernateValidator;

/**
 * Compiles a corpus with javac in this JVM: either with fkguard (the processor instance is handed
 * to javac, so it runs on every JDK whatever the processor-discovery default) or with
 * {@code -proc:none}, for Hibernate, which only needs the classes.
 */
final class CorpusCompiler {
  private CorpusCompiler() {}

  /**
   * What fkguard printed, one diagnostic each, and the classes javac wrote; {@code libraries} are
   * the jars the corpus compiled against beyond {@link #classPath()}, which loading it needs too.
   */
  record Result(String corpus, Path classes, List<Finding> diagnostics, boolean success,
      List<File> libraries) {
    Result(String corpus, Path classes, List<Finding> diagnostics, boolean success) {
      this(corpus, classes, diagnostics, success, List.of());
    }

    /** Every {@code @Entity} class, loaded through a class loader over the compiled classes. */
    List<Class<?>> entities() {
      return annotated(Entity.class);
    }

    /**
     * The entities and the {@code @Converter} classes: what a scanning bootstrap (Spring Boot's)
     * hands Hibernate, so an auto-applied converter applies.
     */
    List<Class<?>> managedClasses() {
      List<Class<?>> out = new ArrayList<>(annotated(Entity.class));
      out.addAll(annotated(jakarta.persistence.Converter.class));
      return out;
    }

    private List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
      URLClassLoader loader = classLoader();
      try (Stream<Path> files = Files.walk(classes)) {
        List<Class<?>> out = new ArrayList<>();
        for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
          String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
              .replaceAll("\\.class$", "");
          Class<?> type = Class.forName(name, false, loader);
          if (type.isAnnotationPresent(annotation)) {
            out.add(type);
          }
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }

    URLClassLoader classLoader() {
      try {
        // The compiled classes first: a published corpus's own jar is among its libraries and
        // holds the same classes, compiled elsewhere.
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (File library : libraries) {
          urls.add(library.toURI().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), CorpusCompiler.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The fkguard findings of one rule, e.g. {@code ForeignKeyWithoutIndexDecision}. */
    List<Finding> findings(String ruleId) {
      String tag = "[fkguard:" + ruleId + "]";
      return diagnostics.stream().filter(d -> d.message().contains(tag)).toList();
    }

    String describeDiagnostics() {
      return diagnostics.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
  }

  record Finding(Diagnostic.Kind kind, String source, long line, String message) {
    @Override
    public String toString() {
      return kind + " " + source + ":" + line + ": " + message;
    }
  }

  /** With fkguard in {@code naming} mode; {@code ddl} is passed as {@code -Afkguard.ddl} when not null. */
  static Result withFkguard(Corpus corpus, Naming naming, Path ddl, List<String> moreOptions) {
    List<String> options = new ArrayList<>(List.of("-Afkguard.naming=" + naming.option,
        "-Afkguard.summary=true"));
    options.addAll(moreOptions);
    if (ddl != null) {
      options.add("-Afkguard.ddl=" + ddl.toAbsolutePath());
    }
    return compile(corpus, "fkguard-" + naming.option, options, true);
  }

  /** Plain javac, no annotation processing: the classes Hibernate reads. */
  static Result plain(Corpus corpus) {
    return compile(corpus, "plain", List.of("-proc:none"), false);
  }

  private static Result compile(Corpus corpus, String variant, List<String> extraOptions,
      boolean fkguard) {
    return compile(corpus, variant, extraOptions,
        fkguard ? List.of(new FkguardProcessor()) : List.of(), List.of());
  }

  /**
   * The general form: {@code processors} run in this order (empty with {@code -proc:none} in the
   * options for none at all), {@code libraries} are added to {@link #classPath()}.
   */
  static Result compile(Corpus corpus, String variant, List<String> extraOptions,
      List<? extends Processor> processors, List<File> libraries) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    Path classes = Work.dir(corpus.name() + "-" + variant + "-classes");
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      List<File> path = new ArrayList<>(classPath());
      path.addAll(libraries);
      files.setLocation(StandardLocation.CLASS_PATH, path);
      List<JavaFileObject> units = corpus.sources().stream()
          .map(s -> (JavaFileObject) new InMemorySource(s.path(), s.text()))
          .toList();
      // No -Xlint:none: it also silences the processor's NOTE, which carries fkguard's summary.
      List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8"));
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, options, null, units);
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      boolean success = task.call();
      List<Finding> diagnostics = collector.getDiagnostics().stream()
          .map(d -> new Finding(d.getKind(),
              d.getSource() == null ? "-" : d.getSource().getName(),
              d.getLineNumber(), d.getMessage(Locale.ROOT)))
          .toList();
      return new Result(corpus.name(), classes, diagnostics, success, List.copyOf(libraries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JPA, fkguard's annotations, Hibernate's (for {@code @NaturalId}), Jakarta Validation and
   * Hibernate Validator: what the corpora import. With Hibernate Validator on the compile class
   * path, fkguard applies Bean Validation to its DDL by default, as Hibernate does at run time.
   */
  static List<File> classPath() {
    return Stream.of(Entity.class, IndexedBy.class, NaturalId.class, Valid.class,
            HibernateValidator.class)
        .map(CorpusCompiler::location)
        .distinct()
        .toList();
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A source file held as text; also the fuzz test's ({@link InMemoryJavac}). */
  static final class InMemorySource extends SimpleJavaFileObject {
    private final String text;

    InMemorySource(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
