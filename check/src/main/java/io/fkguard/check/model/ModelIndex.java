package io.fkguard.check.model;

import java.util.List;

/**
 * An index of the model: a {@code create [unique] index}, or the index behind a unique
 * constraint ({@code constraint} true) or a primary key ({@code primaryKey} true). The primary
 * key and unique constraints are listed here too because extra indexes are classified against
 * every index the model has, and an FK may be served by any of them.
 *
 * @param predicate the {@code where} text as written, {@code null} for a full index
 */
public record ModelIndex(String name, QualifiedName table, List<String> columns, boolean unique,
    String predicate, boolean constraint, boolean primaryKey) {

  public ModelIndex {
    columns = List.copyOf(columns);
  }

  /** What the model calls it in messages: {@code index x}, {@code unique constraint x}, … */
  public String describe() {
    String kind = primaryKey ? "primary key" : constraint ? "unique constraint" : unique ? "unique index" : "index";
    return kind + " " + name + " on " + table + " (" + String.join(", ", columns) + ")"
        + (predicate == null ? "" : " where " + predicate);
  }
}
