package io.fkguard.dbtests;

import io.github.mfvanek.pg.connection.PgConnection;
import io.github.mfvanek.pg.connection.PgConnectionImpl;
import io.github.mfvanek.pg.core.checks.common.DatabaseCheckOnHost;
import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import io.github.mfvanek.pg.core.checks.host.StandardChecksOnHost;
import io.github.mfvanek.pg.model.column.ColumnNameAware;
import io.github.mfvanek.pg.model.constraint.ForeignKey;
import io.github.mfvanek.pg.model.context.PgContext;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * pg-index-health's static checks (no statistics needed) on one database, every user schema. The
 * second half translates its findings into the same vocabulary as fkguard's: a foreign key is
 * {@code table (a, b)}, an index is its table and ordered columns.
 */
final class IndexHealth {
  private IndexHealth() {}

  /** The findings of each of {@code diagnostics} (an empty list when a check finds nothing). */
  static Map<Diagnostic, List<DbObject>> run(DataSource dataSource, Set<Diagnostic> diagnostics) {
    PgConnection pg = PgConnectionImpl.ofUrl(dataSource, null);
    Map<Diagnostic, List<DbObject>> out = new EnumMap<>(Diagnostic.class);
    for (DatabaseCheckOnHost<? extends DbObject> check : new StandardChecksOnHost().apply(pg)) {
      Diagnostic diagnostic = Arrays.stream(Diagnostic.values())
          .filter(d -> d.getName().equals(check.getName()))
          .findFirst().orElse(null);
      if (diagnostic == null || !diagnostics.contains(diagnostic)) {
        continue;
      }
      if (!check.isStatic()) {
        throw new IllegalStateException(diagnostic + " needs runtime statistics");
      }
      List<DbObject> found = new ArrayList<>();
      for (String schema : schemas(dataSource)) {
        found.addAll(check.check(PgContext.of(schema)));
      }
      out.put(diagnostic, found);
    }
    if (!out.keySet().equals(diagnostics)) {
      throw new IllegalStateException("pg-index-health has no check for some of " + diagnostics);
    }
    return out;
  }

  /** {@code table (a, b)}: a foreign key finding as fkguard names the same key. */
  static String foreignKey(ForeignKey fk) {
    return fk.getTableName() + " (" + fk.getColumns().stream()
        .map(ColumnNameAware::getColumnName).collect(Collectors.joining(", ")) + ")";
  }

  /** An index as the catalog defines it, keyed by its {@code regclass} text like pg-index-health's. */
  record IndexInfo(String name, String table, List<String> columns, boolean unique, boolean primary,
      String predicate) {
    String key() {
      return table + " (" + String.join(", ", columns) + ")";
    }

    @Override
    public String toString() {
      return name + " on " + key() + (unique ? " unique" : "")
          + (predicate == null ? "" : " where " + predicate);
    }
  }

  static Map<String, IndexInfo> indexes(DataSource dataSource) {
    Map<String, IndexInfo> out = new TreeMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            select ix.indexrelid::regclass::text, ix.indrelid::regclass::text,
                   (select string_agg(pg_get_indexdef(ix.indexrelid, k, true), ',' order by k)
                    from generate_series(1, ix.indnkeyatts) k),
                   ix.indisunique, ix.indisprimary, pg_get_expr(ix.indpred, ix.indrelid, true)
            from pg_index ix join pg_class t on t.oid = ix.indrelid
              join pg_namespace n on n.oid = t.relnamespace
            where n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg_toast%'""")) {
      while (rs.next()) {
        out.put(rs.getString(1), new IndexInfo(rs.getString(1), rs.getString(2),
            List.of(rs.getString(3).split(",")), rs.getBoolean(4), rs.getBoolean(5), rs.getString(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** {@code table.column} of every column that is part of a foreign key, tables as regclass text. */
  static Set<String> foreignKeyColumns(DataSource dataSource) {
    Set<String> out = new java.util.TreeSet<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            select con.conrelid::regclass::text || '.' || a.attname
            from pg_constraint con
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = any(con.conkey)
            where con.contype = 'f'""")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static List<String> schemas(DataSource dataSource) {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("""
            select distinct n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg_toast%' order by 1""")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.isEmpty() ? List.of("public") : out;
  }
}
