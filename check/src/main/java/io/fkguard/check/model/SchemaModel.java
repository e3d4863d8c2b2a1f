package io.fkguard.check.model;

import java.util.List;

/**
 * The committed model as fkguard's {@code schema.sql} states it: what the database must contain.
 * Lists keep the file's order (which is sorted by table and name), so reports are deterministic.
 *
 * @param source where the model was read from, for messages ({@code classpath:db/schema.sql})
 */
public record SchemaModel(String source, List<ModelSequence> sequences, List<ModelTable> tables,
    List<ModelIndex> indexes, List<ModelForeignKey> foreignKeys) {

  public SchemaModel {
    sequences = List.copyOf(sequences);
    tables = List.copyOf(tables);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
  }

  /** Every schema the model names; {@code null} stands for the connection's current schema. */
  public List<String> schemas() {
    java.util.TreeSet<String> named = new java.util.TreeSet<>();
    boolean unqualified = false;
    for (ModelTable t : tables) {
      if (t.name().schema() == null) {
        unqualified = true;
      } else {
        named.add(t.name().schema());
      }
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    if (unqualified || named.isEmpty()) {
      out.add(null);
    }
    out.addAll(named);
    return out;
  }

  public List<ModelIndex> indexesOf(QualifiedName table) {
    return indexes.stream().filter(i -> i.table().equals(table)).toList();
  }
}
