package io.fkguard.dbtests;

import io.fkguard.processor.testing.TestResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A set of entity sources read from a directory of the repository. Sources are kept as text so a
 * test can derive a variant (the unannotated copy) without touching the files.
 */
record Corpus(String name, List<Source> sources) {

  record Source(String path, String text) {}

  /** The repository root: set by the pom, or the parent of the module directory. */
  static Path root() {
    return Path.of(System.getProperty("fkguard.root", "..")).toAbsolutePath().normalize();
  }

  /**
   * The sample app's entities, as the sample app compiles them, from its sources jar. Only their
   * package: the Spring application beside them needs Spring on the class path, and adds nothing
   * to the schema.
   */
  static Corpus sampleApp() {
    return read("sample-app", TestResources.directory("io/fkguard/sample/catalog"));
  }

  /** The ≥30-entity corpus of every mapping feature, fully annotated. */
  static Corpus catalog() {
    return read("catalog", root().resolve("db-tests/src/test/resources/corpus/catalog"));
  }

  /** Bean Validation constraints, those Hibernate turns into DDL and those it does not (issue 10 §2). */
  static Corpus validation() {
    return read("validation", root().resolve("db-tests/src/test/resources/corpus/validation"));
  }

  /** Hibernate's schema annotations: @Check, @Formula, @JdbcTypeCode, auto-applied converters… (issue 10 §3). */
  static Corpus hibernate() {
    return read("hibernate", root().resolve("db-tests/src/test/resources/corpus/hibernate"));
  }

  /** Deliberate duplicate and prefix-redundant indexes. */
  static Corpus duplicates() {
    return read("duplicates", root().resolve("db-tests/src/test/resources/corpus/duplicates"));
  }

  /**
   * The processor's mapping corpus (model goldens), one more set of mappings for free, with one
   * fix: its {@code Stock.shelf} writes {@code referencedColumnName = "shelf_id"}, a physical
   * name, and Hibernate resolves that attribute by logical name only ("No column with logical
   * name 'shelf_id' in table 'shelf'"), so Hibernate cannot boot the corpus as written. The
   * logical name {@code shelfId} gives the same physical schema in both naming modes.
   */
  static Corpus processorMapping() {
    return read("mapping", TestResources.directory("model/mapping"))
        .map("mapping", text -> text.replace("referencedColumnName = \"shelf_id\"",
            "referencedColumnName = \"shelfId\""));
  }

  static Corpus read(String name, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("corpus " + name + " not found at " + dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Source> sources = files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .map(p -> new Source(dir.relativize(p).toString().replace('\\', '/'), readString(p)))
          .toList();
      if (sources.isEmpty()) {
        throw new IllegalStateException("corpus " + name + " at " + dir + " has no .java file");
      }
      return new Corpus(name, sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same corpus with every source rewritten. */
  Corpus map(String newName, UnaryOperator<String> rewrite) {
    return new Corpus(newName, sources.stream()
        .map(s -> new Source(s.path(), rewrite.apply(s.text())))
        .toList());
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
