package io.fkguard.dbtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;

/**
 * A published module from Maven Central whose entities are compiled as they are: the build unpacks
 * its {@code -sources.jar} into {@code target/corpora/<id>/src} and copies the jars they need into
 * {@code target/corpora/<id>/lib} (realworld-tests/pom.xml). Only the persistence classes are
 * compiled (entities, embeddables, mapped superclasses); everything else they use comes from the
 * module's own jar among the libraries.
 *
 * @param include which unpacked files (paths relative to {@code src}, with {@code /}) may be compiled
 * @param rewrites the mechanical steps applied to the sources, each listed in the report
 * @param lombok whether Lombok runs before fkguard, as it does in the module's own build
 * @param errorRatchet the MappingError and InternalError count today: the test fails when it grows;
 *     lower it when fkguard gets better
 */
record RealWorldCorpus(String id, String coordinates, String shape, Naming naming,
    Predicate<String> include, List<Rewrite> rewrites, boolean lombok, int errorRatchet) {

  /** A source rewrite the test applies, e.g. javax.persistence to jakarta.persistence. */
  record Rewrite(String description, UnaryOperator<String> apply) {}

  /** The files JPA reads: a class annotated {@code @Entity}, {@code @Embeddable} or {@code @MappedSuperclass}. */
  private static final Pattern PERSISTENT = Pattern.compile(
      "(?m)^\\s*@(jakarta\\.persistence\\.)?(Entity|Embeddable|MappedSuperclass)\\b");

  private Path home() {
    Path dir = Path.of(System.getProperty("corpora.dir", "target/corpora")).resolve(id);
    if (!Files.isDirectory(dir.resolve("src"))) {
      throw new IllegalStateException("corpus " + id + " is not at " + dir
          + ": the build unpacks it (maven-dependency-plugin, generate-test-resources)");
    }
    return dir;
  }

  /** The persistence sources, rewritten. */
  Corpus load() {
    Path src = home().resolve("src");
    try (Stream<Path> files = Files.walk(src)) {
      List<Corpus.Source> sources = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String path = src.relativize(file).toString().replace(File.separatorChar, '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!include.test(path) || !PERSISTENT.matcher(text).find()) {
          continue;
        }
        for (Rewrite rewrite : rewrites) {
          text = rewrite.apply().apply(text);
        }
        sources.add(new Corpus.Source(path, text));
      }
      if (sources.isEmpty()) {
        throw new IllegalStateException("corpus " + id + " has no persistence class under " + src);
      }
      return new Corpus(id, sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<File> libraries() {
    try (Stream<Path> jars = Files.list(home().resolve("lib"))) {
      return jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The processors the module's own build runs (Lombok), in their order, fkguard not included. */
  List<Processor> processors() {
    if (!lombok) {
      return List.of();
    }
    File jar = libraries().stream().filter(f -> f.getName().startsWith("lombok-")).findFirst()
        .orElseThrow(() -> new IllegalStateException(id + ": no lombok jar among the libraries"));
    try {
      // Lombok's public processor entry point; it loads the rest of Lombok from its own jar.
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toURI().toURL()},
          RealWorldCorpus.class.getClassLoader());
      Class<?> type = loader.loadClass("lombok.launch.AnnotationProcessorHider$AnnotationProcessor");
      return List.of((Processor) type.getConstructor().newInstance());
    } catch (MalformedURLException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start Lombok from " + jar, e);
    }
  }

  @Override
  public String toString() {
    return id + " (" + coordinates + ")";
  }
}
