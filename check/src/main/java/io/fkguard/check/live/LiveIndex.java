package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;
import java.util.List;

/**
 * An index as {@code pg_index} has it.
 *
 * @param columns the key columns in order, each as {@code pg_get_indexdef} prints it (an
 *     expression for an expression index), with {@code " DESC"} appended when descending
 * @param predicate {@code pg_get_expr} of the partial predicate, {@code null} for a full index
 * @param constraint the primary key or unique constraint it implements, {@code null} if none
 * @param size {@code pg_size_pretty} of {@code bytes}
 * @param scans {@code pg_stat_user_indexes.idx_scan}, {@code null} when statistics are not visible
 */
public record LiveIndex(QualifiedName table, String name, List<String> columns, boolean unique,
    boolean valid, String method, boolean hasIncludedColumns, String predicate, String constraint,
    long bytes, String size, Long scans, String definition) {

  public LiveIndex {
    columns = List.copyOf(columns);
  }
}
