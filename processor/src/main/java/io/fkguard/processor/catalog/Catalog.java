package io.fkguard.processor.catalog;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ConstraintNames;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Sequence;
import io.fkguard.processor.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The physical PostgreSQL catalog the entities describe: every relation and constraint with the
 * name, type and order the database will have. Built once from the model; {@code schema.sql}, V1,
 * the snapshot and every migration are rendered from it, so a migrated database and a fresh one
 * cannot drift apart. Every map is sorted: tables and sequences by qualified name, the other
 * objects by table, then name.
 *
 * @param notIndexedReasons the {@code @NotIndexed} reasons of a foreign key, by its {@link
 *     PgForeignKey#key()}: written as comments above it in {@code schema.sql}. Documentation, not a
 *     database object: neither the snapshot nor a migration compares them.
 */
public record Catalog(
    SortedMap<String, PgSequence> sequences,
    SortedMap<String, PgTable> tables,
    SortedMap<String, PgUnique> uniques,
    SortedMap<String, PgIndex> indexes,
    SortedMap<String, PgForeignKey> foreignKeys,
    SortedMap<String, List<String>> notIndexedReasons) {

  public static Catalog empty() {
    return new Catalog(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>(), new TreeMap<>());
  }

  /** Schemas other than the default one that tables or sequences live in. */
  public SortedSet<String> schemas() {
    SortedSet<String> out = new TreeSet<>();
    for (String name : tables.keySet()) {
      addSchema(out, name);
    }
    for (String name : sequences.keySet()) {
      addSchema(out, name);
    }
    return out;
  }

  private static void addSchema(SortedSet<String> out, String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    if (dot > 0) {
      out.add(qualifiedName.substring(0, dot));
    }
  }

  public static Catalog of(Schema schema) {
    Catalog catalog = empty();
    for (Sequence s : schema.sequences()) {
      catalog.sequences.put(s.qualifiedName(), new PgSequence(s.qualifiedName(), s.start(), s.increment()));
    }
    for (Table t : schema.tables()) {
      catalog.add(t);
    }
    return catalog;
  }

  private void add(Table t) {
    String table = t.qualifiedName();
    List<PgColumn> columns = new ArrayList<>();
    for (Column c : t.columns()) {
      String type = PostgresTypes.of(c).orElseThrow(() -> new IllegalStateException(
          "no PostgreSQL type for " + c.javaType() + " (" + t.name() + "." + c.name() + ")"));
      columns.add(new PgColumn(c.name(), type, c.nullable(), PostgresTypes.check(c).orElse(null),
          c.defaultValue()));
    }
    Map<String, String> checks = new LinkedHashMap<>();
    t.checks().forEach(c -> checks.put(c.name(), c.expression()));
    tables.put(table, new PgTable(table, columns,
        t.primaryKey().isEmpty() ? null : ConstraintNames.primaryKey(t.name()), t.primaryKey(), checks));
    for (Index i : t.indexes()) {
      String name = ConstraintNames.index(t, i);
      if (i.source() == Index.Source.INDEX || i.source() == Index.Source.DECISION) {
        PgIndex index = new PgIndex(table, name, i.unique(), i.columns(), i.where(),
            indexComment(t, i).orElse(null));
        indexes.put(index.key(), index);
      } else if (!i.isPrimaryKey()) {
        PgUnique unique = new PgUnique(table, name, i.columns());
        uniques.put(unique.key(), unique);
      }
    }
    for (ForeignKey fk : t.foreignKeys()) {
      PgForeignKey key = new PgForeignKey(table, ConstraintNames.foreignKey(t, fk), fk.columns(),
          fk.targetTable(), fk.targetColumns(), fk.onDelete().sql());
      foreignKeys.put(key.key(), key);
      List<String> reasons = fk.decisions().stream()
          .filter(d -> d.kind() == IndexDecision.Kind.NOT_INDEXED)
          .map(d -> oneLine(d.reason()))
          .toList();
      if (!reasons.isEmpty()) {
        notIndexedReasons.put(key.key(), reasons);
      }
    }
  }

  /** The reason of the decision that created or chose this index, if it gives one. */
  private static Optional<String> indexComment(Table table, Index index) {
    for (ForeignKey fk : table.foreignKeys()) {
      for (IndexDecision d : fk.decisions()) {
        if (d.reason() != null && !d.reason().isBlank() && d.name() != null && index.name() != null
            && Identifiers.fold(d.name()).equals(Identifiers.fold(index.name()))
            && d.kind() != IndexDecision.Kind.COVERED_BY_UNIQUE) {
          return Optional.of(oneLine(d.reason()));
        }
      }
    }
    return Optional.empty();
  }

  /** Compiled once: String.replaceAll compiles its pattern on every call (thousands per schema). */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static String oneLine(String text) {
    return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").trim();
  }
}
