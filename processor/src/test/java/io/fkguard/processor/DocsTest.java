package io.fkguard.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.report.Problems;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every diagnostic's docs link resolves, and the README's rule table says what the code says. */
class DocsTest {
  private static final Path ROOT = Path.of("..");

  private static List<RuleInfo> allInfos() {
    List<RuleInfo> infos = new ArrayList<>(RuleRegistry.all().stream().map(Rule::info).toList());
    infos.add(Problems.MAPPING_ERROR);
    infos.add(Problems.INTERNAL_ERROR);
    infos.add(Problems.UNSAFE_MIGRATION);
    infos.add(Problems.STALE_GENERATED_FILES);
    return infos;
  }

  @Test
  void everyRuleHasItsPage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (RuleInfo info : allInfos()) {
      Path page = ROOT.resolve(info.docsPath());
      if (!Files.exists(page)) {
        problems.add("missing " + info.docsPath());
        continue;
      }
      String text = Files.readString(page, StandardCharsets.UTF_8);
      if (!text.startsWith("# " + info.id() + "\n")) {
        problems.add(info.docsPath() + " must start with '# " + info.id() + "'");
      }
      if (!text.contains(info.defaultSeverity().name().toLowerCase(Locale.ROOT))) {
        problems.add(info.docsPath() + " does not state the severity "
            + info.defaultSeverity().name().toLowerCase(Locale.ROOT));
      }
      if (RuleRegistry.all().stream().anyMatch(r -> r.info() == info)
          && !text.contains("@SuppressWarnings(\"fkguard:" + info.id() + "\")")) {
        problems.add(info.docsPath() + " does not show how to suppress it");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void readmeRuleTableMatchesTheCode() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      RuleInfo info = rule.info();
      String row = "| [`" + info.id() + "`](" + info.docsPath() + ") | "
          + info.defaultSeverity().name().toLowerCase(Locale.ROOT) + " | " + info.summary() + " |";
      if (!readme.contains(row)) {
        missing.add(row);
      }
    }
    assertEquals(List.of(), missing, "README.md rule table rows missing or out of date");
  }
}
