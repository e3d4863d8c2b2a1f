package io.fkguard.processor.rules;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Small builders for model-level rule tests. Entities live in package {@code app}; a table named
 * {@code product} belongs to entity {@code app.Product}.
 */
final class Fixtures {
  private Fixtures() {}

  static String entityOf(String table) {
    StringBuilder camel = new StringBuilder();
    for (String part : table.split("_")) {
      if (!part.isEmpty()) {
        camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return "app." + camel;
  }

  static Origin member(String table, String member) {
    return Origin.ofMember(entityOf(table), entityOf(table), member);
  }

  static IndexDecision indexedBy(String name) {
    return new IndexDecision(IndexDecision.Kind.INDEXED_BY, name, null, null, null);
  }

  static IndexDecision coveredByUnique(String name) {
    return new IndexDecision(IndexDecision.Kind.COVERED_BY_UNIQUE, name, null, null, null);
  }

  static IndexDecision partialIndex(String name, String where) {
    return new IndexDecision(IndexDecision.Kind.PARTIAL_INDEX, name, where, null, null);
  }

  static IndexDecision notIndexed(String reason) {
    return new IndexDecision(IndexDecision.Kind.NOT_INDEXED, null, null, reason, null);
  }

  static Schema schema(Table... tables) {
    return schema(List.of(), tables);
  }

  static Schema schema(List<MisplacedDecision> misplaced, Table... tables) {
    List<Table> sorted = new ArrayList<>(Arrays.asList(tables));
    sorted.sort(Comparator.comparing(Table::qualifiedName));
    return new Schema(sorted, misplaced);
  }

  static TableBuilder table(String name) {
    return new TableBuilder(name);
  }

  static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  /** Builds a table; decision origins get filled with the FK attribute. */
  static final class TableBuilder {
    private final String name;
    private String schema;
    private Table.Kind kind = Table.Kind.ENTITY;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<Index> declared = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();

    private TableBuilder(String name) {
      this.name = name;
    }

    TableBuilder schema(String schemaName) {
      this.schema = schemaName;
      return this;
    }

    TableBuilder kind(Table.Kind tableKind) {
      this.kind = tableKind;
      return this;
    }

    TableBuilder column(String column, boolean nullable) {
      columns.add(Column.simple(column, "java.lang.Long", nullable, member(name, column)));
      return this;
    }

    /** Adds the primary key (and its columns, NOT NULL, when not added yet). */
    TableBuilder pk(String... cols) {
      for (String col : cols) {
        if (columns.stream().noneMatch(c -> c.name().equals(col))) {
          column(col, false);
        }
      }
      primaryKey.addAll(List.of(cols));
      return this;
    }

    TableBuilder unique(String constraint, String... cols) {
      return add(new Index(constraint, List.of(cols), true, null, Index.Source.UNIQUE_CONSTRAINT,
          member(name, null)));
    }

    TableBuilder index(String index, String... cols) {
      return add(new Index(index, List.of(cols), false, null, Index.Source.INDEX,
          member(name, null)));
    }

    TableBuilder uniqueIndex(String index, String... cols) {
      return add(new Index(index, List.of(cols), true, null, Index.Source.INDEX,
          member(name, null)));
    }

    /** Any index, e.g. an implicit one: {@code new Index(null, ..., Source.COLUMN_UNIQUE, ...)}. */
    TableBuilder add(Index index) {
      declared.add(index);
      return this;
    }

    /** A {@code @ManyToOne} attribute {@code attribute} with one FK column {@code attribute_id}. */
    TableBuilder manyToOne(String attribute, String target, boolean nullable,
        IndexDecision... decisions) {
      return fk(ForeignKey.Source.MANY_TO_ONE, attribute, target, List.of(attribute + "_id"),
          nullable, decisions);
    }

    /** Any FK; its columns are added as columns of this table when missing. */
    TableBuilder fk(ForeignKey.Source source, String attribute, String target, List<String> cols,
        boolean nullable, IndexDecision... decisions) {
      for (String col : cols) {
        if (columns.stream().noneMatch(c -> c.name().equals(col))) {
          column(col, nullable);
        }
      }
      Origin origin = member(name, attribute);
      List<IndexDecision> withOrigins = new ArrayList<>();
      for (IndexDecision d : decisions) {
        withOrigins.add(new IndexDecision(d.kind(), d.name(), d.where(), d.reason(),
            origin.withAnnotation(d.kind().annotation(), null)));
      }
      List<String> targetCols = cols.size() == 1 ? List.of("id") : cols;
      foreignKeys.add(new ForeignKey(null, cols, target, targetCols, nullable, source,
          withOrigins, origin));
      return this;
    }

    /** Gives the last foreign key added an {@code @OnDelete} action. */
    TableBuilder onDelete(ForeignKey.OnDelete action) {
      ForeignKey last = foreignKeys.remove(foreignKeys.size() - 1);
      foreignKeys.add(new ForeignKey(last.name(), last.columns(), last.targetTable(),
          last.targetColumns(), last.nullable(), last.source(), last.decisions(), last.origin(), action));
      return this;
    }

    Table build() {
      List<Index> indexes = new ArrayList<>();
      if (!primaryKey.isEmpty()) {
        indexes.add(new Index(name + "_pkey", primaryKey, true, null, Index.Source.PRIMARY_KEY,
            Origin.ofType(entityOf(name))));
      }
      indexes.addAll(declared);
      List<Index> declaredWithKey = List.copyOf(indexes);
      for (ForeignKey fk : foreignKeys) {
        DecisionIndexes.create(fk, declaredWithKey).ifPresent(indexes::add);
      }
      return new Table(schema, name, kind, columns, primaryKey, indexes, foreignKeys,
          Origin.ofType(entityOf(name)));
    }
  }
}
