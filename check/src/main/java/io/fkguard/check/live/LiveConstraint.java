package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;
import java.util.List;

/**
 * A constraint as {@code pg_constraint} has it.
 *
 * @param type {@code p} primary key, {@code u} unique, {@code f} foreign key, {@code c} check
 * @param validated false for a constraint added {@code NOT VALID} and never validated
 * @param target the referenced table of a foreign key, else {@code null}
 * @param onDelete a foreign key's ON DELETE action in SQL words, else {@code null}
 * @param expression a check's {@code pg_get_expr} text, else {@code null}
 */
public record LiveConstraint(QualifiedName table, String name, char type, boolean validated,
    List<String> columns, QualifiedName target, List<String> targetColumns, String onDelete,
    String expression) {

  public LiveConstraint {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }
}
