package io.fkguard.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data flow is the package structure: scan -> model -> rules -> report, and model -> catalog
 * -> ddl / migration -> output. The model and the rules know nothing about javac, so they stay
 * testable in milliseconds; each package imports only the packages upstream of it.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/fkguard/processor");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.fkguard\\.processor\\.([a-z]+)\\.");

  /** What each package may import of fkguard's own packages (the root package may import all). */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("model", Set.of()),
      Map.entry("report", Set.of("model")),
      Map.entry("rules", Set.of("model", "report")),
      Map.entry("scan", Set.of("model", "report")),
      Map.entry("catalog", Set.of("model")),
      Map.entry("ddl", Set.of("catalog")),
      Map.entry("migration", Set.of("catalog", "ddl")),
      Map.entry("render", Set.of("model")),
      Map.entry("options", Set.of("report")),
      Map.entry("output", Set.of("model", "report", "options", "catalog", "ddl", "migration", "render")));

  @Test
  void everyPackageImportsOnlyWhatIsUpstreamOfIt() throws IOException {
    List<String> offenders = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(MAIN)) {
      dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(ALLOWED.keySet()), packages, "a new package needs its place in ALLOWED");
    for (String pkg : packages) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = IMPORT.matcher(line);
            if (m.find() && !m.group(1).equals(pkg) && !ALLOWED.get(pkg).contains(m.group(1))) {
              offenders.add(MAIN.relativize(file) + ": " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

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
