package io.fkguard.processor.scan;

import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Types Hibernate maps as basic columns. Anything else gets a clear error instead of a guess
 * (Hibernate itself would store an unknown {@code Serializable} as {@code bytea}, silently).
 */
final class BasicTypes {
  private BasicTypes() {}

  private static final Set<String> KNOWN = Set.of(
      "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
      "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger",
      "java.time.LocalDate", "java.time.LocalTime", "java.time.LocalDateTime",
      "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
      "java.time.Instant", "java.time.Duration", "java.time.Year", "java.time.YearMonth",
      "java.time.MonthDay", "java.time.ZoneId", "java.time.ZoneOffset",
      "java.util.Date", "java.util.Calendar", "java.util.UUID", "java.util.Currency",
      "java.util.Locale", "java.util.TimeZone", "java.sql.Date", "java.sql.Time",
      "java.sql.Timestamp", "java.sql.Blob", "java.sql.Clob", "java.net.URL",
      "java.net.InetAddress", "java.lang.Class");

  /** Arrays stored in one column: bytea for bytes, varchar for characters. */
  private static final Set<String> ARRAYS = Set.of(
      "byte[]", "java.lang.Byte[]", "char[]", "java.lang.Character[]");

  private static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";
  private static final String CONVERT = "jakarta.persistence.Convert";

  /** Annotations that tell Hibernate how to store any type. */
  private static final Set<String> CONVERTED = Set.of(
      "jakarta.persistence.Convert", "org.hibernate.annotations.JdbcTypeCode",
      "org.hibernate.annotations.Type", "org.hibernate.annotations.JdbcType",
      "org.hibernate.annotations.JavaType");

  /** True when {@code a} maps to one column; otherwise reports why and returns false. */
  static boolean check(ScanContext ctx, Attribute a, Origin origin) {
    TypeMirror type = a.type();
    if (type.getKind().isPrimitive() && !a.has(JDBC_TYPE_CODE)) {
      return true;
    }
    if (CONVERTED.stream().anyMatch(a::has)) {
      return convertedColumnType(ctx, a).isPresent() || hasColumnDefinition(a) || unknownConversion(ctx, a, origin);
    }
    if (type.getKind().isPrimitive() || autoApplied(ctx, a).isPresent()) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      if (ARRAYS.contains(PlainTypes.name(ctx.types, type))) {
        return true;
      }
      ctx.problem(origin, "fkguard does not map the array type " + type + " of " + a.name()
          + " yet (byte[], Byte[], char[] and Character[] are supported); use @Convert or a collection");
      return false;
    }
    if (type.getKind() == TypeKind.ERROR) {
      return false; // javac reports the unresolved type itself
    }
    if (type.getKind() != TypeKind.DECLARED) {
      ctx.problem(origin, "the type of " + a.name() + " (" + type + ") cannot be resolved to a "
          + "column type; give the generic mapped superclass a concrete type argument");
      return false;
    }
    String name = PlainTypes.name(ctx.types, type);
    if (KNOWN.contains(name) || Columns.isEnum(type)) {
      return true;
    }
    if (ctx.catalog.get(type).isPresent()) {
      ctx.problem(origin, a.name() + " refers to the entity " + name
          + " without a relationship: add @ManyToOne or @OneToOne (and an index decision)");
    } else if (isCollection(ctx, type)) {
      ctx.problem(origin, a.name() + " is a collection without @OneToMany, @ManyToMany or "
          + "@ElementCollection; add one, or @Transient");
    } else {
      ctx.problem(origin, "fkguard does not know how Hibernate stores " + name + " (the type of "
          + a.name() + "); use a basic type, an @Embeddable, an @AttributeConverter with "
          + "@Convert, or @Transient");
    }
    return false;
  }

  /**
   * The column's Java type for a converted attribute, as Hibernate derives it: the second type
   * argument of the {@code AttributeConverter} named by {@code @Convert(converter)}, or
   * {@code "json"} for {@code @JdbcTypeCode(SqlTypes.JSON)} (3001), which PostgreSQL stores as jsonb.
   */
  static Optional<String> convertedColumnType(ScanContext ctx, Attribute a) {
    return jdbcTypeCode(ctx, a).map(JdbcTypeCodes.SqlType::javaType).or(() -> {
      if (Mirrors.has(a.element(), JDBC_TYPE_CODE)) {
        return Optional.empty();
      }
      Optional<AnnotationMirror> convert = Mirrors.find(a.element(), CONVERT);
      Optional<TypeMirror> converter = convert.flatMap(c -> Mirrors.type(c, "converter"));
      if (converter.isPresent()) {
        return converterTypes(ctx, converter.get()).map(types -> types.get(1));
      }
      if (convert.map(c -> Mirrors.bool(c, "disableConversion", false)).orElse(false)) {
        return Optional.empty();
      }
      return autoApplied(ctx, a);
    });
  }

  /** {@code @JdbcTypeCode(SqlTypes.X)} of the attribute, when fkguard knows the code. */
  static Optional<JdbcTypeCodes.SqlType> jdbcTypeCode(ScanContext ctx, Attribute a) {
    return Mirrors.find(a.element(), JDBC_TYPE_CODE).flatMap(m -> JdbcTypeCodes.of(
        Mirrors.integer(m, "value", Integer.MIN_VALUE), PlainTypes.name(ctx.types, a.type())));
  }

  /**
   * The database type of an auto-applied converter ({@code @Converter(autoApply = true)}, compiled
   * in this module) for the attribute's type. JPA applies none to ids, versions, relationships,
   * and {@code @Enumerated}/{@code @Temporal} attributes.
   */
  private static Optional<String> autoApplied(ScanContext ctx, Attribute a) {
    if (a.has(Jpa.ID) || a.has(Jpa.EMBEDDED_ID) || a.has(Jpa.VERSION) || a.has(Jpa.ENUMERATED)
        || a.has(Jpa.TEMPORAL) || Keys.isToOne(a)) {
      return Optional.empty();
    }
    return Optional.ofNullable(ctx.autoApplied.get(PlainTypes.name(ctx.types, a.type())));
  }

  /**
   * Auto-applied converters among {@code candidates}: attribute type name → database type name.
   * Two converters for one type are Hibernate's boot error; the first by name is kept.
   */
  static java.util.Map<String, String> autoAppliedConverters(ScanContext ctx,
      java.util.Collection<TypeElement> candidates) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    candidates.stream()
        .filter(t -> Mirrors.find(t, "jakarta.persistence.Converter")
            .map(c -> Mirrors.bool(c, "autoApply", false)).orElse(false))
        .sorted(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()))
        .forEach(t -> converterTypes(ctx, t.asType()).ifPresent(types ->
            out.putIfAbsent(types.get(0), types.get(1))));
    return out;
  }

  /** The attribute and database type names of an {@code AttributeConverter<X, Y>} class. */
  private static Optional<List<String>> converterTypes(ScanContext ctx, TypeMirror converter) {
    TypeElement attributeConverter = ctx.elements.getTypeElement("jakarta.persistence.AttributeConverter");
    if (attributeConverter == null) {
      return Optional.empty();
    }
    for (TypeMirror supertype : allSupertypes(ctx, converter)) {
      if (supertype instanceof DeclaredType declared
          && ctx.types.isSameType(ctx.types.erasure(declared), ctx.types.erasure(attributeConverter.asType()))
          && declared.getTypeArguments().size() == 2) {
        // The converter's own type arguments may carry type-use annotations too.
        return Optional.of(List.of(PlainTypes.name(ctx.types, declared.getTypeArguments().get(0)),
            PlainTypes.name(ctx.types, declared.getTypeArguments().get(1))));
      }
    }
    return Optional.empty();
  }

  private static List<TypeMirror> allSupertypes(ScanContext ctx, TypeMirror type) {
    List<TypeMirror> out = new ArrayList<>();
    for (TypeMirror direct : ctx.types.directSupertypes(type)) {
      out.add(direct);
      out.addAll(allSupertypes(ctx, direct));
    }
    return out;
  }

  private static boolean hasColumnDefinition(Attribute a) {
    return Mirrors.find(a.element(), Jpa.COLUMN).flatMap(c -> Mirrors.nonEmpty(c, "columnDefinition")).isPresent();
  }

  private static boolean unknownConversion(ScanContext ctx, Attribute a, Origin origin) {
    Optional<AnnotationMirror> code = Mirrors.find(a.element(), JDBC_TYPE_CODE);
    if (code.isPresent()) {
      ctx.problem(origin.withAnnotation(JDBC_TYPE_CODE, "value"), "fkguard does not know the column "
          + "type Hibernate gives @JdbcTypeCode(" + Mirrors.integer(code.get(), "value", 0) + ") on "
          + PlainTypes.name(ctx.types, a.type()) + " " + a.name() + " on PostgreSQL; add @Column("
          + "columnDefinition = \"<sql type>\") with the type (fkguard knows the SqlTypes codes of "
          + "booleans, integers, NUMERIC/DECIMAL, REAL/FLOAT/DOUBLE, CHAR, VARCHAR, LONGVARCHAR, "
          + "LONG32VARCHAR and their N… forms, the binary codes, UUID, JSON and INET)");
      return false;
    }
    ctx.problem(origin, "fkguard cannot tell the column type of the converted attribute " + a.name()
        + "; add @Column(columnDefinition = \"<sql type>\") (or use @Convert with an AttributeConverter"
        + " class, whose database type fkguard reads)");
    return false;
  }

  static boolean isCollection(ScanContext ctx, TypeMirror type) {
    return isA(ctx, type, "java.util.Collection") || isA(ctx, type, "java.util.Map");
  }

  static boolean isA(ScanContext ctx, TypeMirror type, String supertype) {
    var element = ctx.elements.getTypeElement(supertype);
    return element != null && type instanceof DeclaredType
        && ctx.types.isAssignable(ctx.types.erasure(type), ctx.types.erasure(element.asType()));
  }
}
