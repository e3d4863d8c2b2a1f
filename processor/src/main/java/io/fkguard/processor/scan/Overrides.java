package io.fkguard.processor.scan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code @AttributeOverride(s)} and {@code @AssociationOverride(s)} by attribute path, relative to
 * the element being mapped. When mapping descends into an embedded attribute, the outer overrides
 * for {@code address.city} become {@code city}, and win over the inner ones (JPA 11.1.4).
 */
final class Overrides {
  static final Overrides NONE = new Overrides(new TreeMap<>(), new TreeMap<>());

  private final Map<String, AnnotationMirror> columns;
  private final Map<String, AnnotationMirror> associations;

  private Overrides(Map<String, AnnotationMirror> columns, Map<String, AnnotationMirror> associations) {
    this.columns = columns;
    this.associations = associations;
  }

  static Overrides of(Element element) {
    Map<String, AnnotationMirror> columns = new TreeMap<>();
    for (AnnotationMirror o : Mirrors.repeated(element, Jpa.ATTRIBUTE_OVERRIDE, Jpa.ATTRIBUTE_OVERRIDES)) {
      Mirrors.annotation(o, "column").ifPresent(c -> columns.put(Mirrors.string(o, "name"), c));
    }
    Map<String, AnnotationMirror> associations = new TreeMap<>();
    for (AnnotationMirror o : Mirrors.repeated(element, Jpa.ASSOCIATION_OVERRIDE, Jpa.ASSOCIATION_OVERRIDES)) {
      associations.put(Mirrors.string(o, "name"), o);
    }
    return new Overrides(columns, associations);
  }

  /** The {@code @Column} overriding {@code path}, or null. */
  AnnotationMirror column(String path) {
    return columns.get(path);
  }

  /** The {@code @JoinColumn}s overriding association {@code path} (empty when not overridden). */
  List<AnnotationMirror> joinColumns(String path) {
    AnnotationMirror o = associations.get(path);
    return o == null ? List.of() : Mirrors.annotations(o, "joinColumns");
  }

  /** The {@code @JoinTable} overriding association {@code path}, or null. */
  AnnotationMirror joinTable(String path) {
    AnnotationMirror o = associations.get(path);
    return o == null ? null : Mirrors.annotation(o, "joinTable")
        .filter(jt -> Mirrors.explicit(o, "joinTable").isPresent()).orElse(null);
  }

  /** The overrides seen inside embedded attribute {@code attribute}: outer ones win. */
  Overrides nested(String attribute, Overrides inner) {
    Map<String, AnnotationMirror> c = new TreeMap<>(inner.columns);
    Map<String, AnnotationMirror> a = new TreeMap<>(inner.associations);
    String prefix = attribute + ".";
    columns.forEach((path, m) -> {
      if (path.startsWith(prefix)) {
        c.put(path.substring(prefix.length()), m);
      }
    });
    associations.forEach((path, m) -> {
      if (path.startsWith(prefix)) {
        a.put(path.substring(prefix.length()), m);
      }
    });
    return new Overrides(c, a);
  }
}
