package io.fkguard.processor.report;

import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SuppressWarnings("fkguard:<RuleId>")} or {@code "fkguard:all"} on the element or any
 * enclosing element. The annotation is SOURCE-retained, so it is only seen on types compiled now;
 * for the others an incremental build uses what an earlier build recorded ({@link #entries}).
 */
public final class Suppression {
  private Suppression() {}

  static boolean isSuppressed(Element element, String ruleId) {
    return isSuppressed(element, ruleId, Set.of());
  }

  /** @param recorded entries ({@code <element key> fkguard:<RuleId>}) of types not compiled now */
  static boolean isSuppressed(Element element, String ruleId, Set<String> recorded) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String value : suppress.value()) {
          if (value.equals("fkguard:" + ruleId) || value.equals("fkguard:all")) {
            return true;
          }
        }
      }
      String key = key(e);
      if (key != null && (recorded.contains(key + " fkguard:" + ruleId)
          || recorded.contains(key + " fkguard:all"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fkguard suppressions written in a compiled type and its members and nested types, as
   * {@code <element key> <value>} lines an incremental build can read back.
   */
  public static Set<String> entries(TypeElement type) {
    Set<String> out = new TreeSet<>();
    collect(type, out);
    return out;
  }

  private static void collect(Element element, Set<String> out) {
    SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
    // The key only for annotated elements: building it for every member of every type cost more
    // than the walk itself.
    String key = suppress == null ? null : key(element);
    if (key != null) {
      for (String value : suppress.value()) {
        if (value.startsWith("fkguard:")) {
          out.add(key + " " + value);
        }
      }
    }
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        collect(member, out);
      }
    }
  }

  /** {@code pkg.Type}, {@code pkg.Type#member}; null for other elements (packages, parameters). */
  private static String key(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    ElementKind kind = element.getKind();
    if ((kind.isField() || kind == ElementKind.METHOD)
        && element.getEnclosingElement() instanceof TypeElement owner) {
      return owner.getQualifiedName() + "#" + element.getSimpleName();
    }
    return null;
  }
}
