package io.fkguard.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What no inner guard catches (here an Error from a rule) reaches the processor's last catch:
 * still one InternalError, and on an entity compiled now, not a message without a position.
 */
class OuterCatchTest {
  static final class LinkageFailingRule implements Rule {
    @Override
    public RuleInfo info() {
      return new RuleInfo("LinkageFailing", "fails", Severity.ERROR);
    }

    @Override
    public List<Finding> check(Schema schema) {
      throw new NoClassDefFoundError("some/Missing");
    }
  }

  @Test
  void anErrorOutsideTheGuardsIsOneInternalErrorOnAnEntity() {
    Compilation compilation = javac()
        .withProcessors(new FkguardProcessor(List.of(new LinkageFailingRule())))
        .compile(JavaFileObjects.forSourceLines("app.Thing", "package app;",
            "@jakarta.persistence.Entity public class Thing {", "  @jakarta.persistence.Id Long id;", "}"));
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[fkguard:InternalError]"))
        .collect(Collectors.toList());
    assertEquals(1, errors.size(), compilation.diagnostics().toString());
    assertTrue(errors.get(0).getMessage(Locale.ROOT).contains("java.lang.NoClassDefFoundError: some/Missing"));
    assertTrue(errors.get(0).getSource() != null && errors.get(0).getLineNumber() > 0,
        "placed on the entity: " + errors.get(0));
  }
}
