package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;
import java.util.Map;

/** A table of the live database with its columns by name. */
public record LiveTable(QualifiedName name, Map<String, LiveColumn> columns) {
  public LiveTable {
    // Sorted, never hash order: whatever iterates it (the EXPLAIN's column list) is repeatable.
    columns = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(columns));
  }
}
