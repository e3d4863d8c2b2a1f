package io.fkguard.processor.testing;

import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.scan.Scanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** A test processor that runs only the scanner and keeps its result for assertions. */
public final class ModelCapture extends AbstractProcessor {
  private final String naming;
  private final Set<String> entities = new TreeSet<>();
  public Schema schema;
  public List<Finding> problems = new ArrayList<>();

  public ModelCapture(String naming) {
    this.naming = naming;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.persistence.Entity");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      round.getElementsAnnotatedWith(annotation)
          .forEach(e -> entities.add(((TypeElement) e).getQualifiedName().toString()));
    }
    if (round.processingOver()) {
      List<TypeElement> types = entities.stream()
          .map(processingEnv.getElementUtils()::getTypeElement).toList();
      Scanner.Result result = Scanner.scan(processingEnv.getElementUtils(),
          processingEnv.getTypeUtils(), naming, types, List.of());
      schema = result.schema();
      problems = result.problems();
    }
    return false;
  }
}
