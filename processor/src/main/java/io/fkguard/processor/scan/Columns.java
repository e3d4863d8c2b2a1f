package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Basic columns and attribute lists, shared by key resolution and table mapping. */
final class Columns {
  private Columns() {}

  /**
   * Java types whose column type has a length ({@code varchar(n)}, {@code char(n)}). Hibernate
   * ignores {@code @Column(length)} on every other type, so fkguard checks it only here.
   */
  private static final Set<String> SIZED = Set.of(
      "java.lang.String", "char", "java.lang.Character", "char[]", "java.lang.Character[]",
      "java.time.ZoneId", "java.time.ZoneOffset", "java.time.YearMonth", "java.time.MonthDay",
      "java.util.Currency", "java.util.Locale", "java.util.TimeZone", "java.net.URL",
      "java.lang.Class", JdbcTypeCodes.PostgresMarkers.CHAR);

  /**
   * Hibernate's own default length of types whose values are short: it applies when
   * {@code @Column(length)} is absent or JPA's default 255 (Hibernate cannot tell the two apart),
   * as Hibernate 7.4's export shows ({@code Currency} → {@code varchar(3)}, {@code ZoneOffset} →
   * {@code varchar(6)}).
   */
  private static final Map<String, Integer> DEFAULT_LENGTHS = Map.of(
      "java.util.Currency", 3, "java.time.ZoneOffset", 6);

  /**
   * A length, precision or scale PostgreSQL cannot take ({@code varchar(-1)}) is a mapping error;
   * a length on a type without one ({@code @Column(length = 0) Integer}) is ignored, as Hibernate
   * ignores it.
   */
  private static void sizes(ScanContext ctx, AnnotationMirror column, boolean sized, Origin origin) {
    int length = Mirrors.integer(column, "length", 255);
    int precision = Mirrors.integer(column, "precision", 0);
    int scale = Mirrors.integer(column, "scale", 0);
    if (sized && length < 1) {
      // Hibernate writes text for length 0 and varchar(-1) otherwise, both surely unintended.
      ctx.problem(origin.withAnnotation(Jpa.COLUMN, "length"), "@Column(length = " + length
          + ") is not a length: write a positive number of characters, or "
          + "@Column(columnDefinition = \"text\") for text of any length");
    }
    if (precision < 0 || scale < 0 || (precision > 0 && scale > precision)) {
      ctx.problem(origin.withAnnotation(Jpa.COLUMN, "precision"), "@Column(precision = "
          + precision + ", scale = " + scale + ") is not a numeric size: PostgreSQL needs "
          + "0 <= scale <= precision (precision 0 means the default)");
    }
  }

  /**
   * The column of a basic attribute.
   *
   * @param override the {@code @Column} of an {@code @AttributeOverride}, or null
   */
  static Column basic(ScanContext ctx, Attribute a, AnnotationMirror override, Origin origin) {
    return basic(ctx, a, override, false, origin);
  }

  /**
   * The column of a basic attribute.
   *
   * @param override the {@code @Column} of an {@code @AttributeOverride}, or null
   * @param inComponent whether the attribute belongs to an embeddable (embedded, or an element of a
   *     collection): Hibernate makes such columns nullable unless they say otherwise
   */
  static Column basic(ScanContext ctx, Attribute a, AnnotationMirror override, boolean inComponent,
      Origin origin) {
    AnnotationMirror column = override != null
        ? override : Mirrors.find(a.element(), Jpa.COLUMN).orElse(null);
    String logical = column == null ? a.name() : Mirrors.nonEmpty(column, "name").orElse(a.name());
    Optional<String> converted = BasicTypes.convertedColumnType(ctx, a);
    String javaType = converted.orElse(javaType(ctx, a.type()));
    boolean stringEnum = isEnum(a.type()) && converted.isEmpty() && Mirrors.find(a.element(), Jpa.ENUMERATED)
        .map(m -> Mirrors.enumName(m, "value")).orElse("").equals("STRING");
    boolean definition = column != null && Mirrors.nonEmpty(column, "columnDefinition").isPresent();
    if (column != null) {
      sizes(ctx, column, (SIZED.contains(javaType) || stringEnum) && !definition && !a.has(Jpa.LOB),
          origin);
    }
    boolean id = a.has(Jpa.ID) || a.has(Jpa.EMBEDDED_ID);
    // Hibernate makes a primitive NOT NULL only for an implicit column (no @Column) outside an
    // embeddable; the version is always NOT NULL. Checked against Hibernate 7.4's export.
    boolean primitiveNotNull = a.type().getKind().isPrimitive() && column == null && !inComponent;
    boolean nullable = (column == null || Mirrors.bool(column, "nullable", true))
        && !primitiveNotNull
        && Mirrors.find(a.element(), Jpa.BASIC).map(b -> Mirrors.bool(b, "optional", true)).orElse(true);
    nullable = !id && !a.has(Jpa.VERSION) && nullable;
    String enumType = null;
    List<String> enumValues = new ArrayList<>();
    if (isEnum(a.type()) && converted.isEmpty()) {
      enumType = Mirrors.find(a.element(), Jpa.ENUMERATED)
          .map(m -> Mirrors.enumName(m, "value")).filter(s -> !s.isEmpty()).orElse("ORDINAL");
      for (Element constant : ((DeclaredType) a.type()).asElement().getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          enumValues.add(constant.getSimpleName().toString());
        }
      }
    }
    String temporal = Mirrors.find(a.element(), Jpa.TEMPORAL)
        .map(m -> Mirrors.enumName(m, "value")).filter(s -> !s.isEmpty()).orElse(null);
    int length = column == null ? 255 : Mirrors.integer(column, "length", 255);
    if (length == 255) {
      length = DEFAULT_LENGTHS.getOrDefault(javaType, 255);
    }
    int precision = column == null ? 0 : Mirrors.integer(column, "precision", 0);
    Optional<JdbcTypeCodes.SqlType> code = BasicTypes.jdbcTypeCode(ctx, a);
    if (code.isPresent() && length == 255 && code.get().length() > 0) {
      length = code.get().length(); // the default of the type, when @Column leaves it at 255
    }
    if (code.isPresent() && precision == 0 && code.get().precision() > 0) {
      precision = code.get().precision();
    }
    return new Column(
        ctx.naming.column(logical),
        javaType,
        nullable,
        length,
        precision,
        column == null ? 0 : Mirrors.integer(column, "scale", 0),
        column == null ? null : Mirrors.nonEmpty(column, "columnDefinition").orElse(null),
        a.has(Jpa.LOB),
        enumType,
        a.has(Jpa.VERSION),
        enumValues,
        null,
        temporal,
        column != null && override == null && Mirrors.explicit(column, "name").isPresent()
            ? origin.withAnnotation(Jpa.COLUMN, "name") : origin)
        .withDefault(Mirrors.find(a.element(), COLUMN_DEFAULT).flatMap(d -> Mirrors.nonEmpty(d, "value")).orElse(null));
  }

  /** Hibernate's SQL default, written into the DDL as {@code default <value>}; by name, as JPA's. */
  private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

  /** Whether {@code @Column(nullable = false)} was written (not merely implied by the type). */
  static boolean explicitlyNotNull(Attribute a, AnnotationMirror override) {
    AnnotationMirror column = override != null ? override : Mirrors.find(a.element(), Jpa.COLUMN).orElse(null);
    return column != null && Mirrors.explicit(column, "nullable").isPresent()
        && !Mirrors.bool(column, "nullable", true);
  }

  static String javaType(ScanContext ctx, TypeMirror type) {
    return PlainTypes.name(ctx.types, type);
  }

  static boolean isEnum(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
  }

  /** Persistent attributes of an entity's segment types, seen from the entity. */
  static List<Attribute> ofEntity(ScanContext ctx, EntityInfo entity, List<TypeElement> segment) {
    List<Attribute> out = new ArrayList<>();
    for (TypeElement type : segment) {
      out.addAll(ctx.attributes.declared(type, ctx.attributes.accessOf(type, entity.access),
          (DeclaredType) entity.type.asType()));
    }
    return out;
  }

  /** Persistent attributes of an embeddable (and its mapped superclasses), top-down. */
  static List<Attribute> ofEmbeddable(ScanContext ctx, DeclaredType embeddable,
      Attributes.Access ownerAccess) {
    List<TypeElement> chain = new ArrayList<>();
    TypeElement type = (TypeElement) embeddable.asElement();
    chain.add(type);
    for (TypeElement s = EntityCatalog.superclass(type); s != null; s = EntityCatalog.superclass(s)) {
      if (Mirrors.has(s, Jpa.MAPPED_SUPERCLASS) || Mirrors.has(s, Jpa.EMBEDDABLE)) {
        chain.add(0, s);
      }
    }
    Attributes.Access access = ctx.attributes.accessOf(type, ownerAccess);
    List<Attribute> out = new ArrayList<>();
    for (TypeElement t : chain) {
      out.addAll(ctx.attributes.declared(t, ctx.attributes.accessOf(t, access), embeddable));
    }
    return out;
  }
}
