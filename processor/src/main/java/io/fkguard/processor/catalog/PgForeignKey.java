package io.fkguard.processor.catalog;

import java.util.List;

/**
 * A foreign-key constraint.
 *
 * @param table the qualified name of the referencing table
 * @param target the qualified name of the referenced table
 * @param onDelete the {@code on delete} action as SQL ({@code cascade}, {@code set null}...), or
 *     {@code null} for PostgreSQL's default, NO ACTION
 */
public record PgForeignKey(String table, String name, List<String> columns, String target,
    List<String> targetColumns, String onDelete) {

  public PgForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }

  public String key() {
    return table + " " + name;
  }
}
