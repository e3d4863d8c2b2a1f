package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the live database holds in the schemas the model uses, read once in one read-only
 * transaction. Names are schema-qualified ({@code defaultSchema} filled in).
 */
public record LiveCatalog(String defaultSchema, int serverVersion, Map<QualifiedName, LiveTable> tables,
    List<LiveIndex> indexes, List<LiveConstraint> constraints, Map<QualifiedName, LiveSequence> sequences) {

  public LiveCatalog {
    tables = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tables)); // sorted, never hash order
    indexes = List.copyOf(indexes);
    constraints = List.copyOf(constraints);
    sequences = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sequences));
  }

  public Optional<LiveIndex> index(QualifiedName table, String name) {
    return indexes.stream().filter(i -> i.table().equals(table) && i.name().equals(name)).findFirst();
  }

  public List<LiveIndex> indexesOf(QualifiedName table) {
    return indexes.stream().filter(i -> i.table().equals(table)).toList();
  }

  public Optional<LiveConstraint> constraint(QualifiedName table, String name) {
    return constraints.stream().filter(c -> c.table().equals(table) && c.name().equals(name)).findFirst();
  }

  public List<LiveConstraint> constraintsOf(QualifiedName table, char type) {
    return constraints.stream().filter(c -> c.table().equals(table) && c.type() == type).toList();
  }
}
