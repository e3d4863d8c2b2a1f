package io.fkguard.processor.report;

import io.fkguard.processor.model.Origin;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The one path from findings to javac's Messager: applies severities and suppression, and puts
 * each diagnostic on the most precise place it can find (annotation value, annotation, member,
 * type). A place that exists only as a class file has no source position, so the diagnostic goes
 * on the compiled entity instead and names the real place in its text (as Dagger does).
 */
public final class Reporter {
  private final Messager messager;
  private final Elements elements;
  private final Map<String, Severity> severities;
  private final Set<String> compiledTypes;
  private final String fallbackType;
  private final Set<String> recordedSuppressions;
  private int errors;

  /**
   * @param severities severity overrides by rule id ({@code -Afkguard.<RuleId>=...})
   * @param compiledTypes qualified names of the top-level types compiled in this run
   * @param fallbackType a compiled type to report on when nothing better exists, or null
   */
  public Reporter(Messager messager, Elements elements, Map<String, Severity> severities,
      Set<String> compiledTypes, String fallbackType) {
    this(messager, elements, severities, compiledTypes, fallbackType, Set.of());
  }

  /**
   * @param recordedSuppressions suppressions an earlier build recorded for types that are only
   *     class files now (see {@link Suppression#entries})
   */
  public Reporter(Messager messager, Elements elements, Map<String, Severity> severities,
      Set<String> compiledTypes, String fallbackType, Set<String> recordedSuppressions) {
    this.recordedSuppressions = recordedSuppressions;
    this.messager = messager;
    this.elements = elements;
    this.severities = severities;
    this.compiledTypes = compiledTypes;
    this.fallbackType = fallbackType;
  }

  /**
   * An error that belongs to no element: a bad option, an unusable path or file. It carries no
   * position, rather than the position of an entity it has nothing to do with.
   */
  public void configurationError(String text) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, "[fkguard] " + text);
  }

  /** A warning about the build rather than the model (no position). */
  public void buildWarning(String text) {
    messager.printMessage(Diagnostic.Kind.WARNING, "[fkguard] " + text);
  }

  /** Information for the build log: the summary, the files written. */
  public void note(String text) {
    messager.printMessage(Diagnostic.Kind.NOTE, text);
  }

  public Severity severity(String ruleId, Severity defaultSeverity) {
    return severities.getOrDefault(ruleId, defaultSeverity);
  }

  public int errors() {
    return errors;
  }

  /** Whether {@link #report} would print the finding: its rule is on and nothing suppresses it. */
  public boolean isReported(Finding finding) {
    if (severity(finding.rule().id(), finding.rule().defaultSeverity()) == Severity.OFF) {
      return false;
    }
    Origin origin = finding.origin();
    Element element = origin == null ? null : element(origin.type(), origin.member(), origin.annotation());
    Element entity = origin == null ? null : element(origin.entity(), null, null);
    String id = finding.rule().id();
    return !Suppression.isSuppressed(element, id, recordedSuppressions)
        && !Suppression.isSuppressed(entity, id, recordedSuppressions);
  }

  public void report(Finding finding) {
    if (!isReported(finding)) {
      return;
    }
    Severity severity = severity(finding.rule().id(), finding.rule().defaultSeverity());
    Origin origin = finding.origin();
    Element element = origin == null ? null : element(origin.type(), origin.member(), origin.annotation());
    Element entity = origin == null ? null : element(origin.entity(), null, null);
    Diagnostic.Kind kind = severity == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = finding.formatted();
    if (element != null && isCompiled(element)) {
      Optional<AnnotationMirror> mirror = mirror(element, origin.annotation());
      if (mirror.isPresent()) {
        AnnotationValue value = value(mirror.get(), origin.path());
        messager.printMessage(kind, text, element, mirror.get(), value);
      } else {
        messager.printMessage(kind, text, element);
      }
      return;
    }
    Element fallback = entity != null && isCompiled(entity) ? entity : element(fallbackType, null, null);
    if (origin != null) {
      text = text + " [declared in " + origin.describe() + ", read from the class path]";
    }
    if (fallback == null) {
      messager.printMessage(kind, text);
    } else {
      messager.printMessage(kind, text, fallback);
    }
  }

  private boolean isCompiled(Element element) {
    Element e = element;
    while (e.getEnclosingElement() != null && e.getEnclosingElement() instanceof TypeElement) {
      e = e.getEnclosingElement();
    }
    return e instanceof TypeElement type && compiledTypes.contains(type.getQualifiedName().toString());
  }

  /**
   * The type, or the field or getter that maps attribute {@code member}. With property access the
   * field of the same name usually exists too, unannotated: the element that carries
   * {@code annotation} wins, then the one with any mapping annotation, then the field.
   */
  private Element element(String type, String member, String annotation) {
    if (type == null) {
      return null;
    }
    TypeElement typeElement = elements.getTypeElement(type);
    if (typeElement == null || member == null) {
      return typeElement;
    }
    String capitalized = Character.toUpperCase(member.charAt(0)) + member.substring(1);
    List<Element> candidates = new ArrayList<>();
    for (Element e : typeElement.getEnclosedElements()) {
      String name = e.getSimpleName().toString();
      if ((e.getKind().isField() && name.equals(member)) || (e instanceof ExecutableElement
          && (name.equals("get" + capitalized) || name.equals("is" + capitalized)))) {
        candidates.add(e);
      }
    }
    return candidates.stream().filter(e -> mirror(e, annotation).isPresent()).findFirst()
        .or(() -> candidates.stream().filter(Reporter::isMapped).findFirst())
        .or(() -> candidates.stream().findFirst())
        .orElse(typeElement);
  }

  private static boolean isMapped(Element e) {
    return e.getAnnotationMirrors().stream().map(m -> m.getAnnotationType().toString())
        .anyMatch(n -> n.startsWith("jakarta.persistence.") || n.startsWith("io.fkguard.")
            || n.startsWith("org.hibernate."));
  }

  private static Optional<AnnotationMirror> mirror(Element element, String annotation) {
    if (annotation == null) {
      return Optional.empty();
    }
    return element.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(annotation))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  /**
   * Follows {@code indexes[1].columnList} through written values. Returns null (meaning "the whole
   * annotation") when a step was not written, e.g. a default value.
   */
  static AnnotationValue value(AnnotationMirror mirror, String path) {
    if (path == null) {
      return null;
    }
    AnnotationMirror current = mirror;
    AnnotationValue value = null;
    for (String step : path.split("\\.")) {
      if (current == null) {
        return value;
      }
      int bracket = step.indexOf('[');
      String member = bracket < 0 ? step : step.substring(0, bracket);
      AnnotationValue next = written(current, member);
      if (next == null) {
        return value;
      }
      if (bracket >= 0) {
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        Object items = next.getValue();
        if (items instanceof List<?> list && index < list.size()) {
          next = (AnnotationValue) list.get(index);
        } else if (index != 0) { // a single annotation written without braces is element 0
          return value;
        }
      }
      value = next;
      current = next.getValue() instanceof AnnotationMirror nested ? nested : null;
    }
    return value;
  }

  private static AnnotationValue written(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }
}
