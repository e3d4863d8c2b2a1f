package io.fkguard.processor.scan;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.testing.Expectations;
import io.fkguard.processor.testing.Golden;
import io.fkguard.processor.testing.ModelCapture;
import io.fkguard.processor.testing.ModelText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanned model of a corpus covering the JPA mappings fkguard supports, pinned by goldens. */
class MappingModelTest {
  @ParameterizedTest
  @ValueSource(strings = {"spring", "jpa"})
  void mappingCorpusModel(String naming) {
    ModelCapture capture = new ModelCapture(naming);
    Compilation compilation = javac().withProcessors(capture)
        .compile(Expectations.sources("model/mapping"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), capture.problems.stream().map(Finding::formatted).toList());
    Golden.assertMatches("model/mapping-" + naming + ".txt", ModelText.render(capture.schema));
  }
}
