package io.fkguard.dbtests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A database's schema as migrations must reproduce it exactly: {@link CatalogSnapshot}'s facts
 * (tables, column types and nullability, constraints and indexes by definition, sequences) plus
 * what it leaves out on purpose because Hibernate names things differently: the name of every
 * index and constraint, whether it is valid (a NOT VALID foreign key, an INVALID index left by a
 * failed concurrent build), every index comment, and the order of every table's columns (attnum,
 * without dropped columns): the migrations must create a table with its columns in the order
 * schema.sql does. A column a migration adds comes last, so the scenario declares added columns
 * last, as an entity change usually does. Flyway's own history table is not part of the schema.
 */
record MigrationCatalog(SortedMap<String, String> facts) {
  private static final String HISTORY = "flyway_schema_history";
  private static final String USER_SCHEMAS =
      "n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'";

  static MigrationCatalog of(DataSource dataSource) {
    SortedMap<String, String> facts = new TreeMap<>();
    CatalogSnapshot snapshot = CatalogSnapshot.of(dataSource);
    snapshot.facts().forEach((k, v) -> {
      if (!k.contains(HISTORY)) {
        facts.put(k, v);
      }
    });
    snapshot.indexes().keySet().stream().filter(k -> !k.contains(HISTORY)).forEach(k -> facts.put(k, "exists"));
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("""
          select n.nspname || '.' || i.relname, pg_get_indexdef(i.oid), ix.indisvalid, ix.indisready,
                 obj_description(i.oid, 'pg_class')
          from pg_index ix
            join pg_class i on i.oid = ix.indexrelid
            join pg_namespace n on n.oid = i.relnamespace
          where %s and i.relname not like '%s%%'""".formatted(USER_SCHEMAS, HISTORY))) {
        while (rs.next()) {
          facts.put("named index " + rs.getString(1), rs.getString(2)
              + (rs.getBoolean(3) && rs.getBoolean(4) ? "" : " INVALID")
              + (rs.getString(5) == null ? "" : " comment '" + rs.getString(5) + "'"));
        }
      }
      try (ResultSet rs = s.executeQuery("""
          select n.nspname || '.' || c.relname, string_agg(a.attname, ', ' order by a.attnum)
          from pg_attribute a
            join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and %s
            and c.relname <> '%s'
          group by 1""".formatted(USER_SCHEMAS, HISTORY))) {
        while (rs.next()) {
          facts.put("column order " + rs.getString(1), rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("""
          select n.nspname || '.' || c.relname || ' ' || con.conname, pg_get_constraintdef(con.oid),
                 con.convalidated
          from pg_constraint con
            join pg_class c on c.oid = con.conrelid
            join pg_namespace n on n.oid = c.relnamespace
          where %s and c.relname <> '%s'""".formatted(USER_SCHEMAS, HISTORY))) {
        while (rs.next()) {
          facts.put("named constraint " + rs.getString(1), rs.getString(2)
              + (rs.getBoolean(3) ? "" : " NOT VALIDATED"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the catalog", e);
    }
    return new MigrationCatalog(facts);
  }

  /** Every difference, one line each; empty when equal. */
  static List<String> diff(String leftName, MigrationCatalog left, String rightName, MigrationCatalog right) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(left.facts.keySet());
    keys.addAll(right.facts.keySet());
    for (String key : keys) {
      String l = left.facts.get(key);
      String r = right.facts.get(key);
      if (l == null) {
        out.add("only in " + rightName + ": " + key + " = " + r);
      } else if (r == null) {
        out.add("only in " + leftName + ": " + key + " = " + l);
      } else if (!l.equals(r)) {
        out.add("differs: " + key + ": " + leftName + " " + l + ", " + rightName + " " + r);
      }
    }
    return out;
  }

  /**
   * The catalog without column order: an undo that gives back a dropped column can only add it
   * at the end of its table, so undo scripts restore every fact but that one.
   */
  MigrationCatalog withoutColumnOrder() {
    SortedMap<String, String> rest = new TreeMap<>(facts);
    rest.keySet().removeIf(k -> k.startsWith("column order "));
    return new MigrationCatalog(rest);
  }

  int size() {
    return facts.size();
  }
}
