package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the catalog of the given schemas. Only {@code pg_catalog} relations and functions that
 * read it ({@code pg_get_expr}, {@code pg_get_indexdef}, {@code format_type},
 * {@code pg_relation_size}) are used, so no user table is read and a role with CONNECT alone
 * sees it all (measured on PostgreSQL 15 and 17, {@code pg_stat_user_indexes} included). The
 * one lock: {@code pg_relation_size} takes ACCESS SHARE on each index and releases it at once,
 * as psql's {@code \di+} does; under the session's 1 s {@code lock_timeout} an index held
 * ACCESS EXCLUSIVE by a migration fails the check instead of making it wait. The caller owns the
 * transaction ({@link LiveSession}).
 */
final class CatalogReader {
  private final Connection c;
  private final Array schemas;

  private CatalogReader(Connection c, List<String> schemas) throws SQLException {
    this.c = c;
    this.schemas = c.createArrayOf("text", schemas.toArray());
  }

  static LiveCatalog read(Connection c, String defaultSchema, List<String> schemas) throws SQLException {
    CatalogReader reader = new CatalogReader(c, schemas);
    return new LiveCatalog(defaultSchema, c.getMetaData().getDatabaseMajorVersion(), reader.tables(),
        reader.indexes(), reader.constraints(), reader.sequences());
  }

  private Map<QualifiedName, LiveTable> tables() throws SQLException {
    Map<QualifiedName, Map<String, LiveColumn>> columns = new TreeMap<>();
    try (ResultSet rs = query("""
        select n.nspname, t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               a.attidentity <> ''
        from pg_class t join pg_namespace n on n.oid = t.relnamespace
          left join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
        where t.relkind in ('r', 'p') and n.nspname = any(?)
        order by 1, 2, a.attnum""")) {
      while (rs.next()) {
        Map<String, LiveColumn> table = columns.computeIfAbsent(name(rs, 1), k -> new TreeMap<>());
        if (rs.getString(3) != null) {
          table.put(rs.getString(3), new LiveColumn(rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)));
        }
      }
    }
    Map<QualifiedName, LiveTable> out = new TreeMap<>();
    columns.forEach((name, cols) -> out.put(name, new LiveTable(name, cols)));
    return out;
  }

  private List<LiveIndex> indexes() throws SQLException {
    List<LiveIndex> out = new ArrayList<>();
    // Key columns one by one (pg_get_indexdef with a column number prints a name or an expression);
    // DESC is bit 1 of indoption, which that form leaves out.
    try (ResultSet rs = query("""
        select n.nspname, t.relname, i.relname,
               array(select pg_get_indexdef(ix.indexrelid, k, true)
                       || case when ix.indoption[k - 1] & 1 = 1 then ' DESC' else '' end
                     from generate_series(1, ix.indnkeyatts) k order by k),
               ix.indisunique, ix.indisvalid and ix.indisready and ix.indislive, am.amname,
               ix.indnatts > ix.indnkeyatts, pg_get_expr(ix.indpred, ix.indrelid, true),
               (select con.conname from pg_constraint con where con.conindid = ix.indexrelid
                  and con.conrelid = ix.indrelid and con.contype in ('p', 'u', 'x')),
               pg_relation_size(i.oid), pg_size_pretty(pg_relation_size(i.oid)), s.idx_scan,
               pg_get_indexdef(ix.indexrelid)
        from pg_index ix join pg_class i on i.oid = ix.indexrelid
          join pg_class t on t.oid = ix.indrelid join pg_namespace n on n.oid = t.relnamespace
          join pg_am am on am.oid = i.relam
          left join pg_stat_user_indexes s on s.indexrelid = ix.indexrelid
        where n.nspname = any(?)
        order by 1, 2, 3""")) {
      while (rs.next()) {
        long scans = rs.getLong(13);
        Long visibleScans = rs.wasNull() ? null : scans;
        out.add(new LiveIndex(name(rs, 1), rs.getString(3), strings(rs.getArray(4)), rs.getBoolean(5),
            rs.getBoolean(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getString(10),
            rs.getLong(11), rs.getString(12), visibleScans, rs.getString(14)));
      }
    }
    return out;
  }

  private List<LiveConstraint> constraints() throws SQLException {
    List<LiveConstraint> out = new ArrayList<>();
    try (ResultSet rs = query("""
        select n.nspname, t.relname, con.conname, con.contype, con.convalidated,
               array(select a.attname from unnest(con.conkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
                     order by k.ord),
               fn.nspname, ft.relname,
               array(select a.attname from unnest(con.confkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
                     order by k.ord),
               case con.confdeltype when 'a' then 'no action' when 'r' then 'restrict'
                 when 'c' then 'cascade' when 'n' then 'set null' when 'd' then 'set default' end,
               case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid, true) end
        from pg_constraint con join pg_class t on t.oid = con.conrelid
          join pg_namespace n on n.oid = t.relnamespace
          left join pg_class ft on ft.oid = con.confrelid
          left join pg_namespace fn on fn.oid = ft.relnamespace
        where n.nspname = any(?) and con.contype in ('p', 'u', 'f', 'c')
        order by 1, 2, 3""")) {
      while (rs.next()) {
        QualifiedName target = rs.getString(8) == null ? null : new QualifiedName(rs.getString(7), rs.getString(8));
        out.add(new LiveConstraint(name(rs, 1), rs.getString(3), rs.getString(4).charAt(0), rs.getBoolean(5),
            strings(rs.getArray(6)), target, strings(rs.getArray(9)), rs.getString(10), rs.getString(11)));
      }
    }
    return out;
  }

  private Map<QualifiedName, LiveSequence> sequences() throws SQLException {
    Map<QualifiedName, LiveSequence> out = new TreeMap<>();
    try (ResultSet rs = query("""
        select n.nspname, c.relname, s.seqstart, s.seqincrement
        from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(?)""")) {
      while (rs.next()) {
        QualifiedName name = name(rs, 1);
        out.put(name, new LiveSequence(name, rs.getLong(3), rs.getLong(4)));
      }
    }
    return out;
  }

  private ResultSet query(String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.closeOnCompletion();
    ps.setArray(1, schemas);
    return ps.executeQuery();
  }

  private static QualifiedName name(ResultSet rs, int column) throws SQLException {
    return new QualifiedName(rs.getString(column), rs.getString(column + 1));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }
}
