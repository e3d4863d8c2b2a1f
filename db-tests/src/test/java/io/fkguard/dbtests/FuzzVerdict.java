package io.fkguard.dbtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * How one entity set fared in a (possibly shared) compilation, judged on the robustness contract
 * of issue 6. Its diagnostics are those on its own sources, plus those without a source that its
 * own processor printed or that no processor printed (javac's, which count for every set).
 */
final class FuzzVerdict {
  private final EntitySet set;
  private final InMemoryJavac.Outcome outcome;
  private final ScopedProcessor processor;
  private final List<Diagnostic<? extends JavaFileObject>> diagnostics;

  FuzzVerdict(EntitySet set, InMemoryJavac.Outcome outcome, ScopedProcessor processor,
      Set<String> printedByAnyProcessor) {
    this.set = set;
    this.outcome = outcome;
    this.processor = processor;
    Set<String> printedHere = processor.printed.stream().map(ScopedProcessor.Printed::message)
        .collect(Collectors.toSet());
    String folder = "/" + set.packageName() + "/";
    this.diagnostics = outcome.diagnostics().stream().filter(d -> d.getSource() != null
        ? d.getSource().getName().contains(folder)
        : printedHere.contains(d.getMessage(Locale.ROOT))
            || !printedByAnyProcessor.contains(d.getMessage(Locale.ROOT)))
        .collect(Collectors.toList());
  }

  /** No error at all and nothing thrown: the set's schema.sql must then exist and apply. */
  boolean accepted() {
    return outcome.thrown() == null && processor.thrown == null
        && diagnostics.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
  }

  String schemaSql() {
    return outcome.outputs().get("CLASS_OUTPUT/" + set.packageName() + "/META-INF/fkguard/schema.sql");
  }

  /** Broken promises, one line each (the first words name the kind, for grouping). */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (outcome.thrown() != null) {
      problems.add("javac threw: " + outcome.thrown());
    }
    if (processor.thrown != null) {
      problems.add("uncaught processor exception (it would reach javac): " + processor.thrown);
    }
    // A bad option is the build's configuration, not an entity's: its error ("[fkguard] -A...")
    // has no element by design. Every other diagnostic needs one.
    boolean badOption = set.defects().stream().anyMatch(EntitySetGenerator.OPTION_DEFECTS::contains);
    for (ScopedProcessor.Printed p : processor.printed) {
      boolean optionError = badOption && p.message().startsWith("[fkguard] -Afkguard.");
      if (p.message().startsWith("[fkguard") && p.kind() != Diagnostic.Kind.NOTE && !p.withElement()
          && !optionError) {
        problems.add("diagnostic without an element: " + p.kind() + " " + p.message());
      }
    }
    // (unless javac rejected the sources before any processor ran: cyclic inheritance, say)
    boolean javacRejected = diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
        && !d.getMessage(Locale.ROOT).startsWith("[fkguard"));
    if (badOption && !javacRejected && processor.printed.stream().noneMatch(p -> p.kind() == Diagnostic.Kind.ERROR
        && p.message().startsWith("[fkguard] -Afkguard."))) {
      problems.add("bad option without its error: " + set.options());
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("threw an uncaught exception")) {
        problems.add("uncaught processor exception: " + message.lines().findFirst().orElse(""));
      }
      if (message.contains("[fkguard:InternalError]")) {
        problems.add("InternalError: " + message);
      }
      if (message.startsWith("[fkguard") && d.getKind() != Diagnostic.Kind.NOTE
          && (d.getSource() == null || d.getLineNumber() <= 0)
          && !(badOption && message.startsWith("[fkguard] -Afkguard."))) {
        problems.add("diagnostic without a position: " + d.getKind() + " " + message);
      }
    }
    if (set.meantValid() && !accepted()) {
      problems.add("valid set rejected: " + describe());
    }
    if (accepted() && schemaSql() == null) {
      problems.add("accepted set without schema.sql: " + outcome.outputs().keySet());
    }
    return problems;
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      out.append("\n  ").append(d.getKind()).append(' ')
          .append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
          .append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT));
    }
    return out.toString();
  }
}
