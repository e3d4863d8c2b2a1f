package io.fkguard.processor;

import io.fkguard.processor.model.Origin;
import io.fkguard.processor.options.Options;
import io.fkguard.processor.output.GeneratedFiles;
import io.fkguard.processor.render.Summary;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Problems;
import io.fkguard.processor.report.Reporter;
import io.fkguard.processor.report.Severity;
import io.fkguard.processor.rules.Rule;
import io.fkguard.processor.scan.Scanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One analysis of the module: scan the entities into the model, run the rules on it, report,
 * and only when nothing is an error, generate the files and record the incremental-build state.
 *
 * @param entities the module's entities (sorted, at least one): compiled now or listed by an
 *     earlier build
 * @param decisionTypes types compiled now that carry a decision annotation somewhere
 * @param compiledTypes the top-level types compiled in this run
 * @param recordedSuppressions suppressions an earlier build recorded for class-file-only types
 */
record Pipeline(ProcessingEnvironment env, Options options, List<Rule> rules, Set<String> entities,
    Set<String> decisionTypes, Set<String> compiledTypes, Set<String> recordedSuppressions) {

  /** @param canWriteSources false in the last round, where a new source file draws a warning */
  void run(boolean canWriteSources) {
    var elements = env.getElementUtils();
    // Findings about class-file-only types go on a compiled entity, else on any compiled type
    // (an incremental build may compile only a @MappedSuperclass).
    Reporter reporter = new Reporter(env.getMessager(), elements, options.severities(),
        compiledTypes, entities.stream().filter(compiledTypes::contains).findFirst()
            .orElse(compiledTypes.stream().findFirst().orElse(null)), recordedSuppressions);
    boolean beanValidation = options.beanValidation() == null
        ? Scanner.hibernateValidatorPresent(elements)
        : options.beanValidation().equals(Options.BEAN_VALIDATION_DDL);
    Scanner.Result result = Scanner.scan(elements, env.getTypeUtils(), options.naming(),
        beanValidation, resolve(compiledTypes), resolve(entities), decisionElements());
    result.problems().forEach(reporter::report);
    // An entity fkguard could not map has a partial table in the model: no rule may claim
    // anything about it (a column dropped by the error would make a covered FK look uncovered).
    Set<String> unmapped = new TreeSet<>();
    result.problems().stream().filter(p -> p.rule().equals(Problems.MAPPING_ERROR) && p.origin() != null)
        .forEach(p -> unmapped.add(p.origin().entity()));
    Origin anEntity = Origin.ofType(entities.iterator().next());
    Optional<String> testOutput = TestCompilation.detect(env.getFiler(), options);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      if (options.severity(rule.info().id(), rule.info().defaultSeverity()) == Severity.OFF) {
        continue;
      }
      try {
        findings.addAll(rule.check(result.schema()));
      } catch (RuntimeException e) {
        reporter.report(Problems.internalError(anEntity,
            new IllegalStateException("rule " + rule.info().id() + " failed", e)));
      }
    }
    findings.removeIf(f -> f.origin() != null && unmapped.contains(f.origin().entity()));
    AdoptionBaseline.apply(options, reporter, findings, testOutput.isPresent()).forEach(reporter::report);
    if (reporter.errors() > 0) {
      return; // never write files from a model that failed its checks
    }
    if (testOutput.isPresent()) {
      reporter.note("fkguard: test compilation (class output " + testOutput.get() + "): checked "
          + entities.size() + " entities and wrote nothing; schema.sql, schema.md, the constants and the "
          + "migrations are the main compilation's (-A" + Options.TEST_COMPILE + "=false to write them anyway)");
      return;
    }
    new GeneratedFiles(env, options, reporter, entities).write(result.schema(), canWriteSources);
    try {
      new IncrementalState(env.getFiler(), elements).write(entities, compiledTypes, recordedSuppressions);
    } catch (IOException | RuntimeException e) {
      reporter.report(Problems.internalError(anEntity, e));
    }
    if (options.summary()) {
      reporter.note(Summary.of(result.schema()));
    }
  }

  private List<TypeElement> resolve(Set<String> names) {
    List<TypeElement> out = new ArrayList<>();
    for (String name : names) {
      TypeElement element = env.getElementUtils().getTypeElement(name);
      if (element != null) {
        out.add(element);
      }
    }
    return out;
  }

  private List<Element> decisionElements() {
    List<Element> out = new ArrayList<>();
    for (TypeElement holder : resolve(decisionTypes)) {
      out.addAll(holder.getEnclosedElements());
    }
    return out;
  }
}
