package io.fkguard.processor.scan;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.testing.Expectations;
import io.fkguard.processor.testing.Golden;
import io.fkguard.processor.testing.ModelCapture;
import io.fkguard.processor.testing.ModelText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §1: type-use annotations (Bean Validation, JSpecify, Checker Framework, Lombok) never
 * change how fkguard maps an attribute. The fixture puts them on every kind of attribute; the same
 * sources with those annotations removed must give the very same model. On JDK 17 the annotations
 * are part of the type mirrors, so this test fails there when any comparison sees them; run it on
 * a recent JDK too, which prints annotated types differently.
 */
class TypeUseAnnotationsTest {
  /** Every type-use annotation the fixture uses, simple or qualified, with its arguments. */
  private static final Pattern TYPE_USE = Pattern.compile(
      "@(?:[\\w.]+\\.)?(?:Nullable|NonNull|NotBlank|NotNull|Size|Min|Email|Valid|Digits|Positive"
          + "|PositiveOrZero)\\b(?:\\([^)]*\\))?\\s*");

  @Test
  void typeUseAnnotationsDoNotChangeTheModel() {
    List<JavaFileObject> annotated = Expectations.sources("model/typeuse");
    String withAnnotations = model(annotated);
    String without = model(annotated.stream().map(TypeUseAnnotationsTest::unannotated).toList());
    assertEquals(without, withAnnotations);
    Golden.assertMatches("model/typeuse.txt", withAnnotations);
  }

  /** The test removes what it claims to remove: the stripped sources really differ. */
  @Test
  void theStrippedSourcesHaveNoTypeUseAnnotations() throws IOException {
    JavaFileObject order = Expectations.sources("model/typeuse").stream()
        .filter(f -> f.getName().endsWith("PurchaseOrder.java")).findFirst().orElseThrow();
    String stripped = unannotated(order).getCharContent(true).toString();
    assertNotEquals(order.getCharContent(true).toString(), stripped);
    assertEquals(false, stripped.contains("@Nullable") || stripped.contains("@Min("), stripped);
  }

  private static String model(List<JavaFileObject> sources) {
    ModelCapture capture = new ModelCapture("spring");
    Compilation compilation = javac().withProcessors(capture).compile(sources);
    assertThat(compilation).succeeded();
    assertEquals(List.of(), capture.problems.stream().map(Finding::formatted).toList());
    return ModelText.render(capture.schema);
  }

  private static JavaFileObject unannotated(JavaFileObject source) {
    try {
      String text = source.getCharContent(true).toString();
      String name = source.getName().replaceAll(".*/model/typeuse/", "").replace(".java", "")
          .replace('/', '.');
      return JavaFileObjects.forSourceString(name, TYPE_USE.matcher(text).replaceAll(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
