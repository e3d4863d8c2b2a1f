package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The Bean Validation constraints of one attribute that Hibernate ORM 7.4 turns into DDL when
 * Hibernate Validator is present ({@code TypeSafeActivator}, run while the session factory is
 * built): {@code @NotNull}/{@code @NotEmpty}/{@code @NotBlank} make the columns NOT NULL,
 * {@code @Size(max)}/{@code @Length(max)} on a String set the length (the smallest max wins),
 * {@code @Digits} sets precision and scale, {@code @Min}/{@code @Max} add checks. Nothing else:
 * {@code @DecimalMin}, {@code @Positive}, {@code @Email}… change no DDL. Only constraints of the
 * default group count, as Hibernate's DDL groups are {@code Default} unless configured. A composed
 * constraint ({@code @Range}, an application's own) applies what composes it, as Hibernate's
 * recursion over composing descriptors does.
 *
 * <p>Where Hibernate applies them (SINGLE_TABLE subclasses get no NOT NULL, embeddables only
 * through {@code @Valid}) is decided by the mapper; this class only reads the annotations.
 */
final class BeanValidation {
  private BeanValidation() {}

  private static final String C = "jakarta.validation.constraints.";
  private static final String NOT_NULL = C + "NotNull";
  private static final String NOT_EMPTY = C + "NotEmpty";
  private static final String NOT_BLANK = C + "NotBlank";
  private static final String SIZE = C + "Size";
  private static final String MIN = C + "Min";
  private static final String MAX = C + "Max";
  private static final String DIGITS = C + "Digits";
  private static final String LENGTH = "org.hibernate.validator.constraints.Length";
  private static final String VALID = "jakarta.validation.Valid";
  private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String COMPOSITION = "org.hibernate.validator.constraints.ConstraintComposition";
  private static final String OVERRIDES = "jakarta.validation.OverridesAttribute";
  /** The type whose presence on the compile class path means Hibernate Validator is there. */
  static final String HIBERNATE_VALIDATOR = "org.hibernate.validator.HibernateValidator";

  private static final List<String> CONSTRAINTS =
      List.of(NOT_NULL, NOT_EMPTY, NOT_BLANK, SIZE, MIN, MAX, DIGITS, LENGTH);

  /**
   * What Hibernate would apply from one attribute's constraints.
   *
   * @param notNull a not-null constraint of the default group
   * @param maxLength the smallest {@code max} of {@code @Size}/{@code @Length} on a String, or
   *     {@link Integer#MAX_VALUE} when none
   * @param precision {@code integer + fraction} of {@code @Digits}, or -1 when none
   * @param scale {@code fraction} of {@code @Digits}, or -1 when none
   * @param checks the check expressions' operator and bound, e.g. {@code ">=1"}, in order
   * @param valid whether {@code @Valid} cascades into an embedded attribute
   */
  record Constraints(boolean notNull, int maxLength, int precision, int scale, List<String> checks,
      boolean valid) {
    static final Constraints NONE = new Constraints(false, Integer.MAX_VALUE, -1, -1, List.of(), false);

    boolean hasLength() {
      return maxLength < Integer.MAX_VALUE;
    }
  }

  static Constraints of(ScanContext ctx, Attribute a) {
    if (!ctx.beanValidation) {
      return Constraints.NONE;
    }
    Reading reading = new Reading("java.lang.String".equals(PlainTypes.name(ctx.types, a.type())));
    for (AnnotationMirror m : annotations(a)) {
      if (Mirrors.name(m).equals(VALID)) {
        reading.valid = true;
      } else if (defaultGroup(m)) {
        reading.apply(new Use(m, Map.of()), 0);
      }
    }
    // fkguard keeps the order written; Hibernate joins the checks in the iteration order of
    // Hibernate Validator's descriptors, which varies between JVMs (db-tests compares them as a set).
    return new Constraints(reading.notNull, reading.maxLength, reading.precision, reading.scale,
        reading.checks, reading.valid);
  }

  /**
   * One constraint annotation as Bean Validation sees it: a composing constraint (one annotating
   * a composed constraint type, as {@code @Min} annotates Hibernate Validator's {@code @Range})
   * takes the values the composed annotation overrides through {@code @OverridesAttribute}.
   */
  private record Use(AnnotationMirror mirror, Map<String, Object> overrides) {
    Object value(String member) {
      return overrides.containsKey(member) ? overrides.get(member) : Mirrors.value(mirror, member);
    }

    int integer(String member, int fallback) {
      return value(member) instanceof Integer i ? i : fallback;
    }

    long longValue() {
      return value("value") instanceof Number n ? n.longValue() : 0L;
    }
  }

  /** What the constraints of one attribute add up to, as {@code TypeSafeActivator.applyConstraints} sums them. */
  private static final class Reading {
    private final boolean string;
    boolean notNull;
    int maxLength = Integer.MAX_VALUE;
    int precision = -1;
    int scale = -1;
    final List<String> checks = new ArrayList<>();
    boolean valid;

    Reading(boolean string) {
      this.string = string;
    }

    /** Applies one constraint; returns whether it is a not-null one (directly or by composition). */
    boolean apply(Use use, int depth) {
      switch (Mirrors.name(use.mirror())) {
        case NOT_NULL, NOT_EMPTY, NOT_BLANK -> {
          notNull = true;
          return true;
        }
        case SIZE, LENGTH -> {
          // Hibernate sets the length only when the property's own class is String.
          if (string) {
            maxLength = Math.min(maxLength, use.integer("max", Integer.MAX_VALUE));
          }
        }
        case DIGITS -> {
          int fraction = use.integer("fraction", 0);
          precision = use.integer("integer", 0) + fraction;
          scale = fraction;
        }
        case MIN -> addOnce(">=" + use.longValue());
        case MAX -> addOnce("<=" + use.longValue());
        default -> {
          return depth < 5 && composed(use, depth);
        }
      }
      return false;
    }

    /**
     * A composed constraint: its composing constraints apply (they inherit its groups). Under
     * {@code @ConstraintComposition(OR)} not null holds only if every composing one is not null.
     */
    private boolean composed(Use use, int depth) {
      javax.lang.model.element.TypeElement type =
          (javax.lang.model.element.TypeElement) use.mirror().getAnnotationType().asElement();
      if (!Mirrors.has(type, CONSTRAINT)) {
        return false;
      }
      boolean or = Mirrors.find(type, COMPOSITION).map(c -> Mirrors.enumName(c, "value").equals("OR"))
          .orElse(false);
      boolean wasNotNull = notNull;
      boolean all = true;
      boolean any = false;
      boolean none = true;
      for (AnnotationMirror composing : constraintsOn(type)) {
        none = false;
        boolean composingNotNull = apply(new Use(composing, overrides(use, type,
            Mirrors.name(composing))), depth + 1);
        all &= composingNotNull;
        any |= composingNotNull;
      }
      boolean result = !none && (or ? all : any);
      notNull = wasNotNull || result;
      return result;
    }

    private void addOnce(String check) {
      if (!checks.contains(check)) {
        checks.add(check);
      }
    }
  }

  /** The constraint annotations on a composed constraint type, containers opened. */
  private static List<AnnotationMirror> constraintsOn(javax.lang.model.element.TypeElement type) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      String name = Mirrors.name(m);
      if (CONSTRAINTS.contains(name)) {
        out.add(m);
      } else if (name.endsWith(".List") && CONSTRAINTS.contains(name.substring(0, name.length() - 5))) {
        out.addAll(Mirrors.annotations(m, "value"));
      } else if (!name.startsWith("java.lang.annotation.") && !name.startsWith("jakarta.validation.")
          && Mirrors.has(m.getAnnotationType().asElement(), CONSTRAINT)) {
        out.add(m); // a composed constraint composing another
      }
    }
    return out;
  }

  /** The values {@code use}'s members give {@code composingType}'s attributes (@OverridesAttribute). */
  private static Map<String, Object> overrides(Use use, javax.lang.model.element.TypeElement type,
      String composingType) {
    Map<String, Object> out = new java.util.HashMap<>();
    for (ExecutableElement member : javax.lang.model.util.ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> declared = Mirrors.repeated(member, OVERRIDES, OVERRIDES + ".List");
      for (AnnotationMirror override : declared) {
        if (Mirrors.type(override, "constraint").map(t -> ((javax.lang.model.element.TypeElement)
            ((javax.lang.model.type.DeclaredType) t).asElement()).getQualifiedName().contentEquals(composingType))
            .orElse(false)) {
          String attribute = Mirrors.nonEmpty(override, "name").orElse(member.getSimpleName().toString());
          out.put(attribute, use.value(member.getSimpleName().toString()));
        }
      }
    }
    return out;
  }

  /** {@code groups} not written (or empty) means Default; otherwise Default must be listed. */
  private static boolean defaultGroup(AnnotationMirror m) {
    Object groups = Mirrors.value(m, "groups");
    if (!(groups instanceof List<?> list) || list.isEmpty()) {
      return true;
    }
    for (Object item : list) {
      Object group = item instanceof javax.lang.model.element.AnnotationValue av ? av.getValue() : item;
      if (group instanceof javax.lang.model.type.DeclaredType type
          && ((TypeElement) type.asElement()).getQualifiedName().contentEquals(DEFAULT_GROUP)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every constraint of the attribute as Bean Validation sees the property: on the field and on
   * its getter whatever the JPA access type (Bean Validation reads both), as declaration
   * annotations and, for TYPE_USE-only annotation types, on the declared type itself, with the
   * repeatable containers ({@code @Size.List}) opened. Duplicates are harmless: every use below
   * is idempotent.
   */
  private static List<AnnotationMirror> annotations(Attribute a) {
    List<Element> members = new ArrayList<>();
    members.add(a.element());
    twin(a).ifPresent(members::add);
    List<AnnotationMirror> out = new ArrayList<>();
    for (Element member : members) {
      List<AnnotationMirror> all = new ArrayList<>(member.getAnnotationMirrors());
      all.addAll(declaredType(member).getAnnotationMirrors());
      for (AnnotationMirror m : all) {
        String name = Mirrors.name(m);
        if (name.equals(VALID) || CONSTRAINTS.contains(name)) {
          out.add(m);
        } else if (name.endsWith(".List") && CONSTRAINTS.contains(name.substring(0, name.length() - 5))) {
          out.addAll(Mirrors.annotations(m, "value"));
        } else if (!name.startsWith("jakarta.persistence.")
            && Mirrors.has(m.getAnnotationType().asElement(), CONSTRAINT)) {
          out.add(m); // a composed constraint: Hibernate Validator's @Range, or the application's
        }
      }
    }
    return out;
  }

  private static TypeMirror declaredType(Element member) {
    return member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
  }

  /** The getter of a field attribute, or the field of a getter attribute, in the same class. */
  private static Optional<Element> twin(Attribute a) {
    for (Element member : a.declaringType().getEnclosedElements()) {
      if (member.equals(a.element())) {
        continue;
      }
      if (a.element().getKind() == ElementKind.FIELD && member.getKind() == ElementKind.METHOD) {
        Optional<String> property = Attributes.propertyName((ExecutableElement) member);
        if (property.isPresent() && property.get().equals(a.name())) {
          return Optional.of(member);
        }
      } else if (a.element().getKind() == ElementKind.METHOD && member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(a.name())) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }
}
