package io.fkguard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.rules.RuleRegistry;
import io.fkguard.processor.report.Severity;
import io.fkguard.processor.testing.Expectations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor behaves inside javac: rounds, failures, input order. */
class ProcessorBehaviourTest {

  /** Generates the entity {@code gen.Generated} in the first round, like a code generator would. */
  static final class GeneratesAnEntity extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("gen.Generated").openWriter()) {
          w.write("package gen;\n@jakarta.persistence.Entity public class Generated {\n"
              + "  @jakarta.persistence.Id Long id;\n}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void entityReferencingATypeGeneratedInALaterRoundIsCheckedOnceItExists() {
    List<JavaFileObject> sources = Expectations.sources("compile/generated_target");
    Compilation compilation = javac()
        .withProcessors(new GeneratesAnEntity(), new FkguardProcessor())
        .compile(sources);
    Expectations.verify(sources, compilation);
    assertThat(compilation).hadErrorCount(1);
  }

  /** A rule that always fails, to prove a failure never reaches javac. */
  static final class ExplodingRule implements Rule {
    @Override
    public RuleInfo info() {
      return new RuleInfo("Exploding", "fails", Severity.ERROR);
    }

    @Override
    public List<Finding> check(Schema schema) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aFailingRuleBecomesOneInternalErrorAndTheOtherRulesStillReport() {
    List<Rule> rules = new ArrayList<>(RuleRegistry.all());
    rules.add(0, new ExplodingRule());
    Compilation compilation = javac().withProcessors(new FkguardProcessor(rules))
        .compile(Expectations.sources("compile/seed_naive"));
    assertThat(compilation).failed();
    List<String> messages = compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    List<String> internal = messages.stream().filter(m -> m.startsWith("[fkguard:InternalError]")).toList();
    assertEquals(1, internal.size(), messages.toString());
    assertTrue(internal.get(0).contains("rule Exploding failed"), internal.get(0));
    assertTrue(internal.get(0).contains("java.lang.IllegalStateException: boom"), internal.get(0));
    assertTrue(internal.get(0).contains("please report it"), internal.get(0));
    assertEquals(4, messages.stream().filter(m -> !m.startsWith("[fkguard:InternalError]")).count(),
        "the seed's four findings are still reported: " + messages);
    assertEquals(1, compilation.errors().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[fkguard:InternalError]"))
        .filter(d -> d.getSource() != null).count(), "the internal error is placed on an entity");
  }

  @Test
  void inputOrderDoesNotChangeTheDiagnostics() {
    List<JavaFileObject> sources = new ArrayList<>(Expectations.sources("model/mapping"));
    sources.addAll(Expectations.sources("compile/seed_naive"));
    List<String> reference = diagnostics(sources);
    assertTrue(reference.size() >= 4, reference.toString());
    Random random = new Random(20261125L);
    for (int i = 0; i < 3; i++) {
      List<JavaFileObject> shuffled = new ArrayList<>(sources);
      Collections.shuffle(shuffled, random);
      assertEquals(reference, diagnostics(shuffled));
    }
  }

  private static List<String> diagnostics(List<JavaFileObject> sources) {
    Compilation compilation = javac().withProcessors(new FkguardProcessor()).compile(sources);
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String file = d.getSource() == null ? "" : d.getSource().getName();
      out.add(d.getKind() + " " + file + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
    }
    return out;
  }
}
