package io.fkguard.processor.scan;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.FkguardProcessor;
import io.fkguard.processor.testing.Expectations;
import io.fkguard.processor.testing.ModelCapture;
import io.fkguard.processor.testing.ModelText;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental and multi-module builds: half of the mapping corpus is compiled first and only its
 * class files are visible when the other half is processed. Every pre-compiled type is reachable
 * from the second half (FK targets, a generic mapped superclass, embeddables, a SINGLE_TABLE root),
 * so the model and the findings must equal those of one build.
 */
class ClassPathEntitiesTest {
  /** Compiled first, visible later only as class files. */
  private static final Set<String> PRECOMPILED = Set.of(
      "Region", "Country", "Coupon", "OrderLine", "Shelf", "Item", "Address", "Note",
      "Owned", "StockId");

  @TempDir Path classes;

  @Test
  void classFileEntitiesGiveTheSameModelAsOneBuild() throws IOException {
    List<JavaFileObject> all = Expectations.sources("model/mapping");
    ModelCapture whole = new ModelCapture("spring");
    assertThat(javac().withProcessors(whole).compile(all)).succeeded();

    ModelCapture half = new ModelCapture("spring");
    assertThat(compileSecondHalf(all, half)).succeeded();

    assertEquals(ModelText.render(whole.schema), ModelText.render(half.schema));
    assertEquals(whole.problems, half.problems);
  }

  @Test
  void classFileEntitiesGiveTheSameFindingsAsOneBuild() throws IOException {
    List<JavaFileObject> all = Expectations.sources("model/mapping");
    Compilation whole = javac().withProcessors(new FkguardProcessor()).compile(all);
    Compilation half = compileSecondHalf(all, new FkguardProcessor());
    List<String> wholeFindings = findings(whole);
    assertEquals(wholeFindings, findings(half));
    // Guard against comparing two empty lists: the corpus has uncovered join-table FKs.
    assertEquals(true, wholeFindings.stream().anyMatch(f -> f.contains("ForeignKeyWithoutIndexDecision")),
        "the corpus should produce findings: " + wholeFindings);
  }

  private Compilation compileSecondHalf(List<JavaFileObject> all,
      javax.annotation.processing.Processor processor) throws IOException {
    List<JavaFileObject> first = new ArrayList<>();
    List<JavaFileObject> second = new ArrayList<>();
    for (JavaFileObject source : all) {
      String name = source.getName();
      String simple = name.substring(name.lastIndexOf('/') + 1).replace(".java", "");
      (PRECOMPILED.contains(simple) ? first : second).add(source);
    }
    Compilation firstHalf = javac().withOptions("-proc:none").compile(first);
    assertThat(firstHalf).succeeded();
    for (JavaFileObject generated : firstHalf.generatedFiles()) {
      if (generated.getKind() == JavaFileObject.Kind.CLASS) {
        String path = generated.toUri().getPath();
        Path target = classes.resolve(path.substring(path.indexOf("/shop/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = generated.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return javac().withProcessors(processor).withClasspath(classpath).compile(second);
  }

  /** Rule and text of each fkguard diagnostic, without the class-path note, sorted. */
  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[fkguard:"))
        .map(m -> m.replaceAll(" \\[declared in [^\\]]*, read from the class path\\]$", ""))
        .sorted()
        .toList();
  }
}
