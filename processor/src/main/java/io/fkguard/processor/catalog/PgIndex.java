package io.fkguard.processor.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A plain or unique index created with {@code create index} (not one behind a constraint).
 *
 * @param table the qualified name of its table
 * @param where the partial-index predicate, or {@code null}
 * @param comment the reason of the decision that asked for it, or {@code null}
 */
public record PgIndex(String table, String name, boolean unique, List<String> columns, String where,
    String comment) {

  public PgIndex {
    columns = List.copyOf(columns);
  }

  /** {@code table name}: indexes are named per schema, but fkguard keys them by table. */
  public String key() {
    return table + " " + name;
  }

  /** Same structure, whatever its name and comment: a rename, not a rebuild. */
  public boolean sameDefinition(PgIndex other) {
    return unique == other.unique && columns.equals(other.columns) && Objects.equals(where, other.where);
  }
}
