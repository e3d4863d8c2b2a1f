package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.List;
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
 * default group count, as Hibernate's DDL groups are {@code Default} unless configured.
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
    boolean notNull = false;
    int maxLength = Integer.MAX_VALUE;
    int precision = -1;
    int scale = -1;
    List<String> checks = new ArrayList<>();
    boolean valid = false;
    boolean string = "java.lang.String".equals(PlainTypes.name(ctx.types, a.type()));
    for (AnnotationMirror m : annotations(a)) {
      String name = Mirrors.name(m);
      if (name.equals(VALID)) {
        valid = true;
        continue;
      }
      if (!defaultGroup(m)) {
        continue;
      }
      switch (name) {
        case NOT_NULL, NOT_EMPTY, NOT_BLANK -> notNull = true;
        case SIZE, LENGTH -> {
          // Hibernate sets the length only when the property's own class is String.
          if (string) {
            maxLength = Math.min(maxLength, Mirrors.integer(m, "max", Integer.MAX_VALUE));
          }
        }
        case DIGITS -> {
          int fraction = Mirrors.integer(m, "fraction", 0);
          precision = Mirrors.integer(m, "integer", 0) + fraction;
          scale = fraction;
        }
        case MIN -> addOnce(checks, ">=" + longValue(m));
        case MAX -> addOnce(checks, "<=" + longValue(m));
        default -> { }
      }
    }
    // In the order written: Hibernate Validator keeps it, and Hibernate joins them in it
    // (@Max(10) @Min(2) gives "level<=10 and level>=2", as Hibernate 7.4's export shows).
    return new Constraints(notNull, maxLength, precision, scale, checks, valid);
  }

  private static void addOnce(List<String> checks, String check) {
    if (!checks.contains(check)) {
      checks.add(check);
    }
  }

  private static long longValue(AnnotationMirror m) {
    Object v = Mirrors.value(m, "value");
    return v instanceof Number n ? n.longValue() : 0L;
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
