package io.fkguard.processor.catalog;

/**
 * A column as PostgreSQL stores it.
 *
 * @param type the SQL type as fkguard writes it ({@code varchar(255)}, {@code bigint})
 * @param check the inline check Hibernate puts on an enum column, or {@code null}
 * @param defaultValue the SQL default expression ({@code @ColumnDefault}), or {@code null}
 */
public record PgColumn(String name, String type, boolean nullable, String check, String defaultValue) {

  /** A column without a default. */
  public PgColumn(String name, String type, boolean nullable, String check) {
    this(name, type, nullable, check, null);
  }
}
