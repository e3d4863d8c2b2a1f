package io.fkguard.processor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.rules.RuleRegistry;
import io.fkguard.processor.testing.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The summary's header says how many foreign keys have a decision, and how many do not. */
class SummaryTest {
  private static String summary(String dir) {
    List<String> options = new ArrayList<>(List.of("-Afkguard.summary=true"));
    RuleRegistry.ids().forEach(id -> options.add("-Afkguard." + id + "=warning"));
    Compilation compilation = Expectations.compile(Expectations.sources(dir), options.toArray(String[]::new));
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("fkguard: ") && m.contains(" foreign keys"))
        .findFirst().orElseThrow(() -> new AssertionError("no summary in " + compilation.diagnostics()));
  }

  @Test
  void aModelWithADecisionOnEveryKeySaysSo() {
    assertEquals("fkguard: 3 tables, 3 foreign keys, every one with an index decision",
        summary("compile/seed_final").lines().findFirst().orElseThrow());
  }

  @Test
  void aModelWithUndecidedKeysCountsThem() {
    assertEquals("fkguard: 3 tables, 3 foreign keys, 0 with an index decision, 1 covered by an index"
        + " without one, 2 without a decision", summary("compile/seed_naive").lines().findFirst().orElseThrow());
  }
}
