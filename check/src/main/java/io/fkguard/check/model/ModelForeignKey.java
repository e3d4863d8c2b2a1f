package io.fkguard.check.model;

import java.util.List;

/**
 * A foreign key of the model.
 *
 * @param onDelete PostgreSQL's action words ({@code no action} when the DDL states none)
 * @param notIndexedReason the reason of a {@code @NotIndexed} decision ({@code -- not indexed on
 *     purpose: …} above it in the file), {@code null} when the key must be served by an index
 */
public record ModelForeignKey(String name, QualifiedName table, List<String> columns,
    QualifiedName target, List<String> targetColumns, String onDelete, String notIndexedReason) {

  public ModelForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }

  /** The constraint as {@code alter table … add constraint} writes it, without NOT VALID. */
  public String definition() {
    return "foreign key (" + Identifiers.columnList(columns) + ") references " + target.sql()
        + " (" + Identifiers.columnList(targetColumns) + ")"
        + ("no action".equals(onDelete) ? "" : " on delete " + onDelete);
  }
}
