package io.fkguard.dbtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code target/work/<name>}: compiled corpora, both schemas and the diffs stay there after a run,
 * for a person to read when a test fails.
 */
final class Work {
  private Work() {}

  /** {@code fkguard.work} when a module that reuses these tests sets it, else db-tests' own. */
  static Path root() {
    String work = System.getProperty("fkguard.work");
    if (work != null) {
      return Path.of(work).toAbsolutePath().normalize();
    }
    return Path.of(System.getProperty("fkguard.root", "..")).toAbsolutePath().normalize()
        .resolve("db-tests/target/work");
  }

  /** An empty directory (emptied if a previous run left one). */
  static synchronized Path dir(String name) {
    Path dir = root().resolve(name);
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(String name, String content) {
    Path file = root().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
