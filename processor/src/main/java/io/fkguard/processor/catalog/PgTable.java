package io.fkguard.processor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table as PostgreSQL stores it.
 *
 * @param name the qualified name ({@code audit.event}, or {@code product} in the default schema)
 * @param columns in the order {@code create table} lists them, which is the order PostgreSQL
 *     numbers them in (attnum): a migrated database must come out the same as a fresh one
 * @param primaryKeyName the primary-key constraint's name, or {@code null} without a key
 * @param checks table check constraints, name to expression, in the order they are written
 */
public record PgTable(String name, List<PgColumn> columns, String primaryKeyName, List<String> primaryKey,
    Map<String, String> checks) {

  public PgTable {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  public Optional<PgColumn> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
