package io.fkguard.processor.migration;

import io.fkguard.processor.ddl.PostgresDdl;
import io.fkguard.processor.ddl.PostgresTypes;
import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ConstraintNames;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Sequence;
import io.fkguard.processor.model.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database objects a schema consists of, keyed by name: what migrations compare. Tables are
 * keyed by qualified name; indexes, constraints and FKs by "table name" pairs; all maps sorted.
 */
record Physical(
    Map<String, Seq> sequences,
    Map<String, Tab> tables,
    Map<String, Idx> indexes,
    Map<String, Uniq> uniques,
    Map<String, Fk> foreignKeys) {

  record Seq(String name, long start, int increment) {}

  record Col(String name, String type, boolean nullable, String check) {}

  /** @param checks table check constraints by name (their expressions) */
  record Tab(String name, Map<String, Col> columns, String primaryKeyName, List<String> primaryKey,
      Map<String, String> checks) {}

  /** A plain or unique index created with CREATE INDEX (not behind a constraint). */
  record Idx(String table, String name, boolean unique, List<String> columns, String where, String comment) {
    String key() {
      return table + " " + name;
    }
  }

  /** A unique constraint (ALTER TABLE ... ADD CONSTRAINT ... UNIQUE). */
  record Uniq(String table, String name, List<String> columns) {
    String key() {
      return table + " " + name;
    }
  }

  record Fk(String table, String name, List<String> columns, String target, List<String> targetColumns) {
    String key() {
      return table + " " + name;
    }
  }

  static Physical of(Schema schema) {
    Map<String, Seq> sequences = new TreeMap<>();
    for (Sequence s : schema.sequences()) {
      sequences.put(s.qualifiedName(), new Seq(s.qualifiedName(), s.start(), s.increment()));
    }
    Map<String, Tab> tables = new TreeMap<>();
    Map<String, Idx> indexes = new TreeMap<>();
    Map<String, Uniq> uniques = new TreeMap<>();
    Map<String, Fk> fks = new TreeMap<>();
    for (Table t : schema.tables()) {
      String table = t.qualifiedName();
      Map<String, Col> columns = new TreeMap<>();
      for (Column c : t.columns()) {
        columns.put(c.name(), new Col(c.name(), PostgresTypes.of(c).orElseThrow(),
            c.nullable(), PostgresTypes.check(c).orElse(null)));
      }
      Map<String, String> checks = new TreeMap<>();
      t.checks().forEach(c -> checks.put(c.name(), c.expression()));
      tables.put(table, new Tab(table, columns,
          t.primaryKey().isEmpty() ? null : ConstraintNames.primaryKey(t.name()), t.primaryKey(), checks));
      for (Index i : t.indexes()) {
        String name = ConstraintNames.index(t, i);
        if (i.source() == Index.Source.INDEX || i.source() == Index.Source.DECISION) {
          Idx idx = new Idx(table, name, i.unique(), i.columns(), i.where(),
              PostgresDdl.indexComment(t, i).orElse(null));
          indexes.put(idx.key(), idx);
        } else if (!i.isPrimaryKey()) {
          Uniq u = new Uniq(table, name, i.columns());
          uniques.put(u.key(), u);
        }
      }
      for (ForeignKey fk : t.foreignKeys()) {
        Fk f = new Fk(table, ConstraintNames.foreignKey(t, fk), fk.columns(), fk.targetTable(), fk.targetColumns());
        fks.put(f.key(), f);
      }
    }
    return new Physical(sequences, tables, indexes, uniques, fks);
  }
}
