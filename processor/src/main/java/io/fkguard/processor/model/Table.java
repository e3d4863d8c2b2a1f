package io.fkguard.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A physical table.
 *
 * @param schema the schema from {@code @Table(schema)}, or {@code null} for the default
 * @param name physical name as PostgreSQL stores it (folded)
 * @param kind what maps it
 * @param columns columns in a stable order (primary-key columns first, then by attribute)
 * @param primaryKey primary-key columns in the order Hibernate writes them (empty if none)
 * @param indexes every index of the table, including the primary key, unique constraints and the
 *     indexes fkguard creates for decisions, in declaration order
 * @param foreignKeys foreign keys in declaration order
 * @param checks table check constraints Hibernate adds (the discriminator's values; NOT NULL of
 *     a SINGLE_TABLE subclass column, for that subclass's rows only; order columns {@code >= 0})
 * @param origin the entity, or the attribute that maps a join or collection table
 */
public record Table(
    String schema,
    String name,
    Kind kind,
    List<Column> columns,
    List<String> primaryKey,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<Check> checks,
    Origin origin) {

  public Table {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
  }

  /** A table without check constraints: what most tests need. */
  public Table(String schema, String name, Kind kind, List<Column> columns, List<String> primaryKey,
      List<Index> indexes, List<ForeignKey> foreignKeys, Origin origin) {
    this(schema, name, kind, columns, primaryKey, indexes, foreignKeys, List.of(), origin);
  }

  public enum Kind {
    ENTITY,
    JOIN_TABLE,
    COLLECTION_TABLE
  }

  /** {@code schema.name}, or {@code name}: the key FKs use to reference a table. */
  public String qualifiedName() {
    return schema == null ? name : schema + "." + name;
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The index or constraint with that name (compared as PostgreSQL folds names). */
  public Optional<Index> index(String indexName) {
    String folded = Identifiers.fold(indexName);
    return indexes.stream()
        .filter(i -> i.name() != null && Identifiers.fold(i.name()).equals(folded))
        .findFirst();
  }
}
