package io.fkguard.processor.report;

import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings("fkguard:<RuleId>")} or {@code "fkguard:all"} on the element or any
 * enclosing element. The annotation is SOURCE-retained, so it is only seen on types compiled now.
 */
final class Suppression {
  private Suppression() {}

  static boolean isSuppressed(Element element, String ruleId) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String value : suppress.value()) {
          if (value.equals("fkguard:" + ruleId) || value.equals("fkguard:all")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
