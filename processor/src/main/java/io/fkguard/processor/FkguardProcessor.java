package io.fkguard.processor;

import com.google.auto.service.AutoService;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.output.EntityIndex;
import io.fkguard.processor.output.FkguardOptions;
import io.fkguard.processor.output.GeneratedFiles;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Problems;
import io.fkguard.processor.report.Reporter;
import io.fkguard.processor.report.Summary;
import io.fkguard.processor.report.Suppression;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.rules.RuleRegistry;
import io.fkguard.processor.rules.Severity;
import io.fkguard.processor.scan.Scanner;
import io.fkguard.processor.scan.Unresolved;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Thin pipeline: collect entity names each round, and once every round is done (so types that
 * other processors generate exist and nothing has to be deferred) scan, check and report.
 * Names, not elements, are kept across rounds, as javac may give new element objects per round.
 */
@AutoService(Processor.class)
public final class FkguardProcessor extends AbstractProcessor {
  static final String NAMING = "fkguard.naming";
  static final String SUMMARY = "fkguard.summary";

  private final List<Rule> rules;
  private final Set<String> entities = new TreeSet<>();
  private final Set<String> compiledTypes = new TreeSet<>();
  private final Set<String> decisionTypes = new TreeSet<>();
  /** Suppressions an earlier build recorded for types that are only class files now. */
  private final Set<String> recordedSuppressions = new TreeSet<>();
  /** A @MappedSuperclass or @Embeddable was compiled: the model may differ with no entity compiled. */
  private boolean modelTypeCompiled;
  private boolean analysed;

  public FkguardProcessor() {
    this(RuleRegistry.all());
  }

  /** For tests: the processor with other rules (e.g. one that fails). */
  FkguardProcessor(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(Scanner.MODEL_ANNOTATIONS);
    types.addAll(Scanner.DECISION_ANNOTATIONS);
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new TreeSet<>(List.of(NAMING, SUMMARY));
    options.addAll(FkguardOptions.ALL);
    for (Rule rule : RuleRegistry.all()) {
      options.add("fkguard." + rule.info().id());
    }
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (Element root : round.getRootElements()) {
        if (root instanceof TypeElement type) {
          compiledTypes.add(type.getQualifiedName().toString());
        }
      }
      // Each getElementsAnnotatedWith call walks every element of the round: ask only what
      // needs elements (entities, and one walk for all decision annotations). A model annotation
      // being present at all is already in `annotations`.
      Set<TypeElement> decisionAnnotations = new LinkedHashSet<>();
      for (TypeElement annotation : annotations) {
        String name = annotation.getQualifiedName().toString();
        if (name.equals("jakarta.persistence.Entity")) {
          for (Element element : round.getElementsAnnotatedWith(annotation)) {
            if (element instanceof TypeElement entity) {
              entities.add(entity.getQualifiedName().toString());
            }
          }
        } else if (Scanner.MODEL_ANNOTATIONS.contains(name)) {
          modelTypeCompiled = true;
        } else if (Scanner.DECISION_ANNOTATIONS.contains(name)) {
          decisionAnnotations.add(annotation);
        }
      }
      if (!decisionAnnotations.isEmpty()) {
        for (Element element : round.getElementsAnnotatedWithAny(
            decisionAnnotations.toArray(new TypeElement[0]))) {
          if (element.getEnclosingElement() instanceof TypeElement holder) {
            decisionTypes.add(holder.getQualifiedName().toString());
          }
        }
      }
      // Analyse once, in the first round where every entity's types resolve (an entity that
      // refers to a type another processor has not generated yet waits, by name), and no later
      // than the last round. Not always the last round: a source file created then draws a javac
      // warning, which -Werror builds cannot afford.
      if (!analysed && (!entities.isEmpty() || modelTypeCompiled)
          && (round.processingOver() || allResolved())) {
        analysed = true;
        addEntitiesOfEarlierBuilds();
        if (!entities.isEmpty()) {
          check(!round.processingOver());
        }
      } else if (analysed && !round.processingOver() && newEntityIn(round)) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "[fkguard] an @Entity "
            + "appeared in a later annotation-processing round, after fkguard had checked the "
            + "model; it is not checked and not in the generated files");
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // Never let an exception reach javac: it would hide every other diagnostic.
      TypeElement entity = anyCompiledEntity();
      errorOnAnEntity(Problems.internalError(
          entity == null ? null : Origin.ofType(entity.getQualifiedName().toString()), e).formatted());
    }
    return false;
  }

  /**
   * An error that belongs to no single element (a bad {@code -A} value, an exception no inner
   * guard caught): on an entity compiled now, so the build log points at a source file.
   */
  private void errorOnAnEntity(String text) {
    TypeElement entity = anyCompiledEntity();
    if (entity == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text);
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, text, entity);
    }
  }

  private TypeElement anyCompiledEntity() {
    try {
      return entities.stream().filter(e -> compiledTypes.contains(topLevel(e))).findFirst()
          .map(processingEnv.getElementUtils()::getTypeElement).orElse(null);
    } catch (RuntimeException e) {
      return null; // reporting must not fail in turn: the error then has no position
    }
  }

  /**
   * An incremental build compiles only changed sources: the entities an earlier build of this
   * module listed in {@link EntityIndex}, and that still exist as {@code @Entity} class files, are
   * part of the model too, and the suppressions it recorded for types not compiled now still
   * apply, so findings and outputs equal a full build's.
   */
  private void addEntitiesOfEarlierBuilds() {
    var elements = processingEnv.getElementUtils();
    for (String entry : EntityIndex.read(processingEnv.getFiler(), EntityIndex.SUPPRESSIONS)) {
      String type = entry.split("[# ]", 2)[0];
      if (elements.getTypeElement(type) != null && !compiledTypes.contains(topLevel(type))) {
        recordedSuppressions.add(entry);
      }
    }
    for (String name : EntityIndex.read(processingEnv.getFiler(), EntityIndex.ENTITIES)) {
      if (entities.contains(name) || compiledTypes.contains(name)) {
        continue; // compiled now: its annotations in this build decide
      }
      TypeElement type = elements.getTypeElement(name);
      if (type != null && type.getAnnotationMirrors().stream()
          .anyMatch(m -> m.getAnnotationType().toString().equals("jakarta.persistence.Entity"))) {
        entities.add(name);
      }
    }
  }

  /** The top-level type of a (possibly nested) type name, if it resolves; else the name. */
  private String topLevel(String type) {
    Element e = processingEnv.getElementUtils().getTypeElement(type);
    if (e == null) {
      return type;
    }
    while (e.getEnclosingElement() instanceof TypeElement outer) {
      e = outer;
    }
    return ((TypeElement) e).getQualifiedName().toString();
  }

  private boolean allResolved() {
    for (String name : entities) {
      TypeElement entity = processingEnv.getElementUtils().getTypeElement(name);
      if (entity == null || Unresolved.in(entity)) {
        return false;
      }
    }
    return true;
  }

  private boolean newEntityIn(RoundEnvironment round) {
    return round.getRootElements().stream().anyMatch(e -> e.getAnnotationMirrors().stream()
        .anyMatch(m -> m.getAnnotationType().toString().equals("jakarta.persistence.Entity")));
  }

  /** @param canWriteSources false in the last round, where a new source file draws a warning */
  private void check(boolean canWriteSources) {
    var elements = processingEnv.getElementUtils();
    List<TypeElement> entityElements = new ArrayList<>();
    for (String name : entities) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        entityElements.add(element);
      }
    }
    List<Element> decisionElements = new ArrayList<>();
    for (String name : decisionTypes) {
      TypeElement holder = elements.getTypeElement(name);
      if (holder != null) {
        decisionElements.addAll(holder.getEnclosedElements());
      }
    }
    // Findings about class-file-only types go on a compiled entity, else on any compiled type
    // (an incremental build may compile only a @MappedSuperclass).
    Reporter reporter = new Reporter(processingEnv.getMessager(), elements, severities(),
        compiledTypes, entities.stream().filter(compiledTypes::contains).findFirst()
            .orElse(compiledTypes.stream().findFirst().orElse(null)), recordedSuppressions);
    try {
      Scanner.validateNaming(processingEnv.getOptions().get(NAMING));
      FkguardOptions.validate(processingEnv.getOptions());
    } catch (IllegalArgumentException e) {
      errorOnAnEntity("[fkguard] " + e.getMessage());
      return;
    }
    Scanner.Result result = Scanner.scan(elements, processingEnv.getTypeUtils(),
        processingEnv.getOptions().get(NAMING), entityElements, decisionElements);
    result.problems().forEach(reporter::report);
    for (Rule rule : rules) {
      if (reporter.severity(rule.info().id(), rule.info().defaultSeverity()) == Severity.OFF) {
        continue;
      }
      List<Finding> findings;
      try {
        findings = rule.check(result.schema());
      } catch (RuntimeException e) {
        findings = List.of(Problems.internalError(
            Origin.ofType(entities.iterator().next()), new IllegalStateException(
                "rule " + rule.info().id() + " failed", e)));
      }
      findings.forEach(reporter::report);
    }
    if (reporter.errors() > 0) {
      return; // never write files from a model that failed its checks
    }
    new GeneratedFiles(processingEnv, reporter, entities).write(result.schema(), canWriteSources);
    try {
      EntityIndex.write(processingEnv.getFiler(), EntityIndex.ENTITIES, entities);
      Set<String> suppressions = new TreeSet<>(recordedSuppressions);
      for (String name : compiledTypes) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null) {
          suppressions.addAll(Suppression.entries(type));
        }
      }
      EntityIndex.write(processingEnv.getFiler(), EntityIndex.SUPPRESSIONS, suppressions);
    } catch (java.io.IOException | RuntimeException e) {
      reporter.report(Problems.internalError(Origin.ofType(entities.iterator().next()), e));
    }
    if (Boolean.parseBoolean(processingEnv.getOptions().get(SUMMARY))) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, Summary.of(result.schema()));
    }
  }

  /** {@code -Afkguard.<RuleId>=error|warning|off}; a bad value is an error, not a silent default. */
  private Map<String, Severity> severities() {
    Map<String, Severity> out = new TreeMap<>();
    for (Rule rule : RuleRegistry.all()) {
      String value = processingEnv.getOptions().get("fkguard." + rule.info().id());
      if (value == null) {
        continue;
      }
      try {
        out.put(rule.info().id(), Severity.valueOf(value.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errorOnAnEntity("[fkguard] -Afkguard." + rule.info().id() + "=" + value
            + " is not a severity: use error, warning or off");
      }
    }
    return out;
  }
}
