package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reading annotations through mirrors. Explicit values ({@link #explicit}) answer "was it
 * written?" (an unnamed constraint is one whose name was never written); defaults come from the
 * annotation type itself so that class-file-only JPA types behave the same.
 */
final class Mirrors {
  /**
   * javac decodes a Name into a new String on every toString() and contentEquals(), and a scan
   * asks for the same few dozen annotation types and members hundreds of thousands of times: the
   * names (qualified for annotation types, simple for members) and each annotation type's
   * defaults are read once. Weak keys: the symbols of one compilation must not outlive it.
   */
  private static final Map<Element, String> NAMES = new WeakHashMap<>();
  private static final Map<Element, Map<String, AnnotationValue>> DEFAULTS = new WeakHashMap<>();
  private static final Map<AnnotationMirror, Map<String, AnnotationValue>> WRITTEN = new WeakHashMap<>();

  private Mirrors() {}

  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(annotation)) {
        return true;
      }
    }
    return false;
  }

  static String name(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    synchronized (NAMES) {
      return NAMES.computeIfAbsent(type, t -> ((TypeElement) t).getQualifiedName().toString());
    }
  }

  private static String memberName(ExecutableElement member) {
    synchronized (NAMES) {
      return NAMES.computeIfAbsent(member, m -> m.getSimpleName().toString());
    }
  }

  /** The value written in source (or class file), without defaults. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String member) {
    return Optional.ofNullable(written(mirror, member));
  }

  private static AnnotationValue written(AnnotationMirror mirror, String member) {
    return writtenValues(mirror).get(member);
  }

  /**
   * Member name to written value. javac builds a new map on every getElementValues(), and a
   * mirror is asked for several members: read it once per mirror (javac keeps the same mirror
   * objects for an element's annotations).
   */
  private static Map<String, AnnotationValue> writtenValues(AnnotationMirror mirror) {
    synchronized (WRITTEN) {
      Map<String, AnnotationValue> known = WRITTEN.get(mirror);
      if (known == null) {
        known = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
            : mirror.getElementValues().entrySet()) {
          known.put(memberName(e.getKey()), e.getValue());
        }
        WRITTEN.put(mirror, known);
      }
      return known;
    }
  }

  /** The written value, else the annotation type's default. */
  static Object value(AnnotationMirror mirror, String member) {
    AnnotationValue written = written(mirror, member);
    if (written != null) {
      return written.getValue();
    }
    AnnotationValue def = defaults(mirror.getAnnotationType().asElement()).get(member);
    return def == null ? null : def.getValue();
  }

  /** Member name to default value (null for a member without one), read once per type. */
  private static Map<String, AnnotationValue> defaults(Element annotationType) {
    synchronized (DEFAULTS) {
      return DEFAULTS.computeIfAbsent(annotationType, t -> {
        Map<String, AnnotationValue> out = new HashMap<>();
        for (Element e : t.getEnclosedElements()) {
          if (e instanceof ExecutableElement method) {
            out.put(method.getSimpleName().toString(), method.getDefaultValue());
          }
        }
        return out;
      });
    }
  }

  static String string(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    return v == null ? "" : v.toString();
  }

  /** A written, non-empty string, else empty: JPA uses "" to mean "not given". */
  static Optional<String> nonEmpty(AnnotationMirror mirror, String member) {
    String s = string(mirror, member);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  static boolean bool(AnnotationMirror mirror, String member, boolean fallback) {
    Object v = value(mirror, member);
    return v instanceof Boolean b ? b : fallback;
  }

  static int integer(AnnotationMirror mirror, String member, int fallback) {
    Object v = value(mirror, member);
    return v instanceof Integer i ? i : fallback;
  }

  /** Enum constant name ({@code "STRING"}), or "" when absent. */
  static String enumName(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    return v instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
  }

  /** A Class-valued member ({@code void.class} and absent give empty). */
  static Optional<TypeMirror> type(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    if (v instanceof DeclaredType declared) {
      return Optional.of(declared);
    }
    return Optional.empty();
  }

  /** An annotation-valued member. */
  static Optional<AnnotationMirror> annotation(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    return v instanceof AnnotationMirror nested ? Optional.of(nested) : Optional.empty();
  }

  /** An array member of annotations, e.g. {@code @Table(indexes = ...)}. */
  static List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (Object item : list(mirror, member)) {
      if (item instanceof AnnotationMirror nested) {
        out.add(nested);
      }
    }
    return out;
  }

  static List<String> strings(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    for (Object item : list(mirror, member)) {
      out.add(item.toString());
    }
    return out;
  }

  private static List<Object> list(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    List<Object> out = new ArrayList<>();
    if (v instanceof List<?> values) {
      for (Object item : values) {
        out.add(item instanceof AnnotationValue av ? av.getValue() : item);
      }
    } else if (v != null) {
      out.add(v);
    }
    return out;
  }

  /**
   * A repeatable annotation and its container, in order: {@code @JoinColumn} or
   * {@code @JoinColumns({...})}, {@code @AttributeOverride} or {@code @AttributeOverrides}.
   */
  static List<AnnotationMirror> repeated(Element element, String single, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    find(element, single).ifPresent(out::add);
    find(element, container).ifPresent(c -> out.addAll(annotations(c, "value")));
    return out;
  }
}
