package io.fkguard.processor.model;

import java.util.List;

/**
 * A physical column.
 *
 * @param name physical name as PostgreSQL stores it (folded)
 * @param javaType qualified Java type of the mapped attribute (e.g. {@code java.lang.String},
 *     {@code long}, an enum's name) or of the referenced key for a foreign-key column
 * @param nullable whether the column accepts NULL
 * @param length {@code @Column(length)}, 255 by default
 * @param precision {@code @Column(precision)}, 0 when not given
 * @param scale {@code @Column(scale)}, 0 when not given
 * @param columnDefinition {@code @Column(columnDefinition)}, or {@code null}
 * @param lob whether the attribute is {@code @Lob}
 * @param enumType {@code "ORDINAL"} or {@code "STRING"} for enums, else {@code null}
 * @param version whether the attribute is the {@code @Version}
 * @param enumValues the enum's constants in declaration order (Hibernate writes them into a check
 *     constraint), empty for other types
 * @param generation how values are generated: {@code "IDENTITY"}, {@code "SEQUENCE"} (see
 *     {@link Schema#sequences()}), {@code "UUID"}, or {@code null}
 * @param temporal {@code @Temporal} of a {@code java.util.Date}/{@code Calendar}: {@code "DATE"},
 *     {@code "TIME"}, {@code "TIMESTAMP"}, or {@code null}
 * @param origin the attribute that maps the column
 * @param defaultValue the SQL default from Hibernate's {@code @ColumnDefault}, or {@code null}
 */
public record Column(
    String name,
    String javaType,
    boolean nullable,
    int length,
    int precision,
    int scale,
    String columnDefinition,
    boolean lob,
    String enumType,
    boolean version,
    List<String> enumValues,
    String generation,
    String temporal,
    Origin origin,
    String defaultValue) {

  public Column {
    enumValues = List.copyOf(enumValues);
  }

  /** A column without a default. */
  public Column(String name, String javaType, boolean nullable, int length, int precision, int scale,
      String columnDefinition, boolean lob, String enumType, boolean version, List<String> enumValues,
      String generation, String temporal, Origin origin) {
    this(name, javaType, nullable, length, precision, scale, columnDefinition, lob, enumType, version,
        enumValues, generation, temporal, origin, null);
  }

  public Column withDefault(String newDefault) {
    return new Column(name, javaType, nullable, length, precision, scale, columnDefinition, lob,
        enumType, version, enumValues, generation, temporal, origin, newDefault);
  }

  /** A column with default details: what join columns and key columns need. */
  public static Column simple(String name, String javaType, boolean nullable, Origin origin) {
    return new Column(name, javaType, nullable, 255, 0, 0, null, false, null, false, List.of(), null,
        null, origin);
  }

  public Column withNullable(boolean newNullable) {
    return new Column(name, javaType, newNullable, length, precision, scale, columnDefinition, lob,
        enumType, version, enumValues, generation, temporal, origin, defaultValue);
  }

  /** The same column with another length, precision and scale (Bean Validation's, say). */
  public Column withSizes(int newLength, int newPrecision, int newScale) {
    return new Column(name, javaType, nullable, newLength, newPrecision, newScale, columnDefinition,
        lob, enumType, version, enumValues, generation, temporal, origin);
  }

  /**
   * A foreign-key column referencing this (key) column: Hibernate copies the referenced column's
   * type (its length, precision, definition), but not its generation or check.
   */
  public Column referencedAs(String fkName, boolean fkNullable, Origin fkOrigin) {
    return new Column(fkName, javaType, fkNullable, length, precision, scale, columnDefinition, lob,
        enumType, false, List.of(), null, temporal, fkOrigin);
  }

  public Column withGeneration(String newGeneration) {
    return new Column(name, javaType, nullable, length, precision, scale, columnDefinition, lob,
        enumType, version, enumValues, newGeneration, temporal, origin, defaultValue);
  }
}
