package io.fkguard.check.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code create table} of the model.
 *
 * @param createStatement the statement as the file has it, the fix when the table is missing
 * @param primaryKeyName {@code null} when the table has no primary key
 */
public record ModelTable(QualifiedName name, List<ModelColumn> columns, String primaryKeyName,
    List<String> primaryKey, List<ModelCheck> checks, String createStatement) {

  public ModelTable {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    checks = List.copyOf(checks);
  }

  public Optional<ModelColumn> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
