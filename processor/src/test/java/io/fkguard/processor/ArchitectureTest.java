package io.fkguard.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model and the rules know nothing about javac, so they stay testable in milliseconds. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/fkguard/processor");

  @Test
  void modelAndRulesDoNotImportJavac() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (String pkg : List.of("model", "rules")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.matches("import (static )?(javax\\.lang\\.model|javax\\.annotation\\.processing|"
                + "javax\\.tools|com\\.sun\\.).*")) {
              offenders.add(MAIN.relativize(file) + ": " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }
}
