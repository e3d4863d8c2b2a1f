package io.fkguard.processor;

import com.google.auto.service.AutoService;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.options.OptionParser;
import io.fkguard.processor.report.Problems;
import io.fkguard.processor.report.Reporter;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.rules.RuleRegistry;
import io.fkguard.processor.scan.Scanner;
import io.fkguard.processor.scan.Unresolved;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Rounds and the outer catch, nothing else: collect names each round, and once, in the first
 * round where every entity's types resolve, run the {@link Pipeline}. Names, not elements, are
 * kept across rounds, as javac may give new element objects per round.
 */
@AutoService(Processor.class)
public final class FkguardProcessor extends AbstractProcessor {
  private static final String ENTITY = "jakarta.persistence.Entity";

  private final List<Rule> rules;
  private final Set<String> entities = new TreeSet<>();
  private final Set<String> compiledTypes = new TreeSet<>();
  private final Set<String> decisionTypes = new TreeSet<>();
  /** A @MappedSuperclass or @Embeddable was compiled: the model may differ with no entity compiled. */
  private boolean modelTypeCompiled;
  private boolean analysed;

  public FkguardProcessor() {
    this(RuleRegistry.all());
  }

  /** For tests: the processor with other rules (one rule alone, or one that fails). */
  public FkguardProcessor(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Every annotation ({@code *}), though only JPA's and fkguard's are read: javac initialises a
   * processor, and so counts its {@code -A} options as recognised, only when it supports an
   * annotation present. A test compilation without an entity would otherwise warn "options were
   * not recognized by any processor", which fails {@code -Werror} builds, as Maven passes the main
   * compilation's {@code -Afkguard.*} arguments to {@code testCompile}. {@link #process} returns
   * false, so no other processor loses an annotation.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  /** Every rule's key, not only those of the rules this instance runs: the options are the module's. */
  @Override
  public Set<String> getSupportedOptions() {
    return OptionParser.supportedKeys(RuleRegistry.ids());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      collect(annotations, round);
      // Analyse once, in the first round where every entity's types resolve (an entity that
      // refers to a type another processor has not generated yet waits, by name), and no later
      // than the last round. Not always the last round: a source file created then draws a javac
      // warning, which -Werror builds cannot afford.
      if (!analysed && (!entities.isEmpty() || modelTypeCompiled)
          && (round.processingOver() || allResolved())) {
        analysed = true;
        analyse(!round.processingOver());
      } else if (analysed && !round.processingOver() && newEntityIn(round)) {
        reporter().buildWarning("an @Entity appeared in a later annotation-processing round, after "
            + "fkguard had checked the model; it is not checked and not in the generated files");
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // Never let an exception reach javac: it would hide every other diagnostic.
      String entity = entities.stream().filter(n -> compiledTypes.contains(topLevel(n))).findFirst().orElse(null);
      reporter().report(Problems.internalError(entity == null ? null : Origin.ofType(entity), e));
    }
    return false;
  }

  private void collect(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        compiledTypes.add(type.getQualifiedName().toString());
      }
    }
    // Each getElementsAnnotatedWith call walks every element of the round: ask only what needs
    // elements (entities, and one walk for all decision annotations). A model annotation being
    // present at all is already in `annotations`.
    Set<TypeElement> decisionAnnotations = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (!Scanner.MODEL_ANNOTATIONS.contains(name) && !Scanner.DECISION_ANNOTATIONS.contains(name)) {
        continue; // supported as "*" only so that the options count as recognised
      }
      if (name.equals(ENTITY)) {
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
      for (Element element : round.getElementsAnnotatedWithAny(decisionAnnotations.toArray(new TypeElement[0]))) {
        if (element.getEnclosingElement() instanceof TypeElement holder) {
          decisionTypes.add(holder.getQualifiedName().toString());
        }
      }
    }
  }

  /** @param canWriteSources false in the last round, where a new source file draws a warning */
  private void analyse(boolean canWriteSources) {
    OptionParser.Result parsed = OptionParser.parse(processingEnv.getOptions(), RuleRegistry.ids());
    if (!parsed.errors().isEmpty()) {
      Reporter reporter = reporter();
      parsed.errors().forEach(reporter::configurationError);
      return;
    }
    IncrementalState state = new IncrementalState(processingEnv.getFiler(), processingEnv.getElementUtils());
    Set<String> recordedSuppressions = state.recordedSuppressions(compiledTypes);
    entities.addAll(state.earlierEntities(entities, compiledTypes));
    if (!entities.isEmpty()) {
      new Pipeline(processingEnv, parsed.options(), rules, entities, decisionTypes, compiledTypes,
          recordedSuppressions).run(canWriteSources);
    }
  }

  /** A reporter for what precedes the analysis or escapes it: no severities, no suppressions. */
  private Reporter reporter() {
    return new Reporter(processingEnv.getMessager(), processingEnv.getElementUtils(), Map.of(),
        compiledTypes, null);
  }

  private String topLevel(String type) {
    try {
      return IncrementalState.topLevel(processingEnv.getElementUtils(), type);
    } catch (RuntimeException e) {
      return type; // reporting must not fail in turn
    }
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
        .anyMatch(m -> m.getAnnotationType().toString().equals(ENTITY)));
  }
}
