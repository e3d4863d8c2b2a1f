package io.fkguard.processor.scan;

import io.fkguard.processor.model.Check;
import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ConstraintNames;
import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Collects one table's parts while entities and attributes are mapped, then freezes it. */
final class TableBuilder {
  final String schema;
  final String name;
  final Table.Kind kind;
  final Origin origin;
  private final Map<String, Column> columns = new LinkedHashMap<>();
  private List<String> primaryKey = List.of();
  private final List<Index> indexes = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();

  TableBuilder(String schema, String name, Table.Kind kind, Origin origin) {
    this.schema = schema;
    this.name = name;
    this.kind = kind;
    this.origin = origin;
  }

  String qualifiedName() {
    return schema == null ? name : schema + "." + name;
  }

  /** The first mapping of a column wins (SINGLE_TABLE subclasses may map one column twice). */
  void column(Column column) {
    columns.putIfAbsent(column.name(), column);
  }

  List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  boolean isNotNull(String column) {
    return columns.containsKey(column) && !columns.get(column).nullable();
  }

  void primaryKey(List<String> columnNames) {
    primaryKey = List.copyOf(columnNames);
  }

  void index(Index index) {
    indexes.add(index);
  }

  void foreignKey(ForeignKey fk) {
    foreignKeys.add(fk);
  }

  List<ForeignKey> foreignKeys() {
    return List.copyOf(foreignKeys);
  }

  /** A check about {@code column}; {@code label} tells the checks of one column apart. */
  void check(String column, String label, String expression) {
    Check check = new Check(ConstraintNames.check(name, column, label), expression);
    if (!checks.contains(check)) {
      checks.add(check);
    }
  }

  /** A check with its own name: Hibernate's {@code @Check}. */
  void namedCheck(String checkName, String expression) {
    Check check = new Check(checkName, expression);
    if (!checks.contains(check)) {
      checks.add(check);
    }
  }

  boolean hasCheck(String checkName) {
    return checks.stream().anyMatch(c -> c.name().equals(checkName));
  }

  /**
   * The finished table. Index order: the primary key, then declarations, then the indexes fkguard
   * creates for decisions. Like Hibernate's {@code Table.cleanseUniqueKeyMap}, the unique keys
   * Hibernate adds by itself (for a {@code @OneToOne} or {@code @NaturalId}) are dropped when the
   * primary key or a named unique constraint already has the same columns. Indexes naming a
   * column the table lacks are reported through {@code unknownColumn} and left out.
   */
  Table build(BiConsumer<Index, String> unknownColumn) {
    List<Index> all = new ArrayList<>();
    if (!primaryKey.isEmpty()) {
      all.add(new Index(ConstraintNames.primaryKey(name), primaryKey, true, null, Index.Source.PRIMARY_KEY, origin));
    }
    for (Index index : indexes) {
      String missing = index.columns().stream().filter(c -> !columns.containsKey(c))
          .findFirst().orElse(null);
      if (missing != null) {
        unknownColumn.accept(index, missing);
      } else if (!(addedByHibernate(index) && alreadyUnique(index, all)) && !unnamedPrimaryKeyCopy(index)) {
        all.add(index);
      }
    }
    // Match decisions against declared indexes only: an @IndexedBy naming the index another
    // decision created is a second index of that name (a NameCollision), not a shared one.
    List<Index> declared = List.copyOf(all);
    for (ForeignKey fk : foreignKeys) {
      // Two foreign keys on one column (SINGLE_TABLE subclasses mapping it twice) with the same
      // decision ask for the same index: one CREATE INDEX, not a second that PostgreSQL rejects.
      DecisionIndexes.create(fk, declared).filter(i -> all.stream().noneMatch(o -> o.sameObject(i)))
          .ifPresent(all::add);
    }
    List<Column> ordered = new ArrayList<>();
    for (String pk : primaryKey) {
      if (columns.containsKey(pk)) {
        ordered.add(columns.get(pk));
      }
    }
    for (Column column : columns.values()) {
      if (!primaryKey.contains(column.name())) {
        ordered.add(column);
      }
    }
    return new Table(schema, name, kind, ordered, primaryKey, all, foreignKeys, checks, origin);
  }

  private static boolean addedByHibernate(Index index) {
    return index.source() == Index.Source.ONE_TO_ONE || index.source() == Index.Source.NATURAL_ID
        || index.source() == Index.Source.COLLECTION_SET;
  }

  /**
   * An unnamed unique key on exactly the primary key's columns, in any order: Hibernate 7.4's
   * export leaves it out (seen on DSpace's group2groupcache join table), so it serves nothing.
   */
  private boolean unnamedPrimaryKeyCopy(Index index) {
    return index.name() == null && index.unique() && index.where() == null
        && index.source() != Index.Source.PRIMARY_KEY && !primaryKey.isEmpty()
        && new HashSet<>(primaryKey).equals(new HashSet<>(index.columns()));
  }

  private boolean alreadyUnique(Index index, List<Index> others) {
    HashSet<String> columnSet = new HashSet<>(index.columns());
    if (new HashSet<>(primaryKey).equals(columnSet)) {
      return true;
    }
    return indexes.stream().anyMatch(other -> other != index && other.unique()
        && other.name() != null && other.where() == null
        && new HashSet<>(other.columns()).equals(columnSet));
  }
}
