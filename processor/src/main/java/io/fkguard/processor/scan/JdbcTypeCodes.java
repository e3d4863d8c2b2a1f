package io.fkguard.processor.scan;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hibernate's {@code @JdbcTypeCode(SqlTypes.X)}: the column type Hibernate ORM 7.4 gives each code
 * on PostgreSQL, as a Java type (or a marker) the catalog's type table knows, with the default
 * size Hibernate uses when {@code @Column} gives none. Each was read from Hibernate's export of
 * the db-tests {@code hibernate} corpus: {@code LONGVARCHAR} is {@code varchar(32600)},
 * {@code LONG32VARCHAR} {@code text}, {@code CHAR}/{@code VARCHAR} on a {@code UUID}
 * {@code char(36)}/{@code varchar(36)}, {@code NUMERIC} on a {@code Long} {@code numeric(19,0)},
 * {@code DOUBLE} on a {@code Float} {@code real} (a float of the Java type's 24-bit precision).
 * A code missing here is a MappingError that asks for {@code columnDefinition}.
 */
final class JdbcTypeCodes {
  private JdbcTypeCodes() {}

  /**
   * @param javaType the column's Java type or marker for the catalog's type table
   * @param length the length when {@code @Column} gives the default, or 0 to keep it
   * @param precision the precision when {@code @Column} gives none, or 0 to keep it
   */
  record SqlType(String javaType, int length, int precision) {}

  // java.sql.Types / org.hibernate.type.SqlTypes values.
  private static final int BIT = -7;
  private static final int TINYINT = -6;
  private static final int SMALLINT = 5;
  private static final int INTEGER = 4;
  private static final int BIGINT = -5;
  private static final int FLOAT = 6;
  private static final int REAL = 7;
  private static final int DOUBLE = 8;
  private static final int NUMERIC = 2;
  private static final int DECIMAL = 3;
  private static final int CHAR = 1;
  private static final int NCHAR = -15;
  private static final int VARCHAR = 12;
  private static final int NVARCHAR = -9;
  private static final int LONGVARCHAR = -1;
  private static final int LONGNVARCHAR = -16;
  private static final int LONG32VARCHAR = 4001;
  private static final int LONG32NVARCHAR = 4002;
  private static final int BINARY = -2;
  private static final int VARBINARY = -3;
  private static final int LONGVARBINARY = -4;
  private static final int LONG32VARBINARY = 4003;
  private static final int BOOLEAN = 16;
  private static final int UUID = 3000;
  private static final int JSON = 3001;
  private static final int INET = 3002;

  /** Hibernate's {@code Length.LONG}: the default length of the LONGVARCHAR codes. */
  private static final int LONG_LENGTH = 32600;

  /** The default precision of an integral Java type stored as NUMERIC/DECIMAL (scale 0). */
  private static final Map<String, Integer> INTEGRAL_PRECISION = Map.of(
      "long", 19, "java.lang.Long", 19, "int", 10, "java.lang.Integer", 10,
      "short", 5, "java.lang.Short", 5, "byte", 3, "java.lang.Byte", 3,
      "java.math.BigInteger", 38);

  private static final Set<String> FLOATS = Set.of("float", "java.lang.Float");

  /** The column type of {@code code} on an attribute of {@code attributeType}, if known. */
  static Optional<SqlType> of(int code, String attributeType) {
    boolean uuid = attributeType.equals("java.util.UUID");
    return Optional.ofNullable(switch (code) {
      case BIT, BOOLEAN -> new SqlType("java.lang.Boolean", 0, 0);
      case TINYINT, SMALLINT -> new SqlType("java.lang.Short", 0, 0);
      case INTEGER -> new SqlType("java.lang.Integer", 0, 0);
      case BIGINT -> new SqlType("java.lang.Long", 0, 0);
      case REAL -> new SqlType("java.lang.Float", 0, 0);
      case FLOAT, DOUBLE -> new SqlType(FLOATS.contains(attributeType) ? "java.lang.Float" : "java.lang.Double", 0, 0);
      case NUMERIC, DECIMAL -> attributeType.equals("java.math.BigDecimal")
          ? new SqlType("java.math.BigDecimal", 0, 0)
          : INTEGRAL_PRECISION.containsKey(attributeType)
              ? new SqlType("java.math.BigDecimal", 0, INTEGRAL_PRECISION.get(attributeType)) : null;
      case CHAR, NCHAR -> new SqlType(PostgresMarkers.CHAR, uuid ? 36 : 0, 0);
      case VARCHAR, NVARCHAR -> new SqlType("java.lang.String", uuid ? 36 : 0, 0);
      case LONGVARCHAR, LONGNVARCHAR -> new SqlType("java.lang.String", LONG_LENGTH, 0);
      case LONG32VARCHAR, LONG32NVARCHAR -> new SqlType(PostgresMarkers.TEXT, 0, 0);
      case BINARY, VARBINARY, LONGVARBINARY, LONG32VARBINARY -> new SqlType("byte[]", 0, 0);
      case UUID -> new SqlType("java.util.UUID", 0, 0);
      case JSON -> new SqlType(PostgresMarkers.JSON, 0, 0);
      case INET -> new SqlType("java.net.InetAddress", 0, 0);
      default -> null;
    });
  }

  /** The markers the catalog's type table reads for types no Java type stands for. */
  static final class PostgresMarkers {
    private PostgresMarkers() {}

    static final String JSON = "json";
    static final String TEXT = "sql:text";
    static final String CHAR = "sql:char";
  }
}
