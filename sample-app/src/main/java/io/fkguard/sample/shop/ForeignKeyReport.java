package io.fkguard.sample.shop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every foreign key of the live database with the index that serves it, read from pg_catalog:
 * what fkguard decided at compile time, as PostgreSQL actually has it. An index serves a foreign
 * key when its leading columns are the key's columns in order (what a delete of the referenced
 * row and a join need); its comment is the reason written in the decision.
 */
@Component
public class ForeignKeyReport {
  private static final String FOREIGN_KEYS = """
      select c.conrelid::regclass::text, c.conname, c.confrelid::regclass::text,
             array_to_string(c.conkey, ' '),
             (select string_agg(a.attname, ', ' order by k.ord)
                from unnest(c.conkey) with ordinality k(attnum, ord)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum)
        from pg_constraint c
       where c.contype = 'f' and c.connamespace = (select oid from pg_namespace where nspname = current_schema())
       order by 1, 2""";

  private static final String INDEXES = """
      select i.indexrelid::regclass::text, i.indkey::text, i.indisunique,
             pg_get_expr(i.indpred, i.indrelid), pg_relation_size(i.indexrelid),
             obj_description(i.indexrelid, 'pg_class'),
             (select con.conname from pg_constraint con where con.conindid = i.indexrelid
                 and con.contype in ('u', 'p'))
        from pg_index i
       where i.indrelid = ?::regclass and i.indisvalid
       order by 1""";

  /** One foreign key and the index serving it; {@code index} is null when none does. */
  public record Row(String table, String columns, String target, String constraint,
      String index, String kind, long sizeBytes, String reason) {}

  private final JdbcTemplate jdbc;

  public ForeignKeyReport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    jdbc.query(FOREIGN_KEYS, rs -> {
      rows.add(serving(rs.getString(1), rs.getString(2), rs.getString(3),
          rs.getString(4).split(" "), rs.getString(5)));
    });
    return rows;
  }

  private Row serving(String table, String constraint, String target, String[] fkColumns,
      String columnNames) {
    List<Row> candidates = jdbc.query(INDEXES, (rs, n) -> {
      String[] indexColumns = rs.getString(2).split(" ");
      if (indexColumns.length < fkColumns.length
          || !Arrays.equals(Arrays.copyOf(indexColumns, fkColumns.length), fkColumns)) {
        return null;
      }
      String predicate = rs.getString(4);
      String owner = rs.getString(7);
      String kind = owner != null
          ? (owner.endsWith("_pkey") ? "primary key" : "unique constraint")
          : predicate != null ? "partial, where " + predicate
          : rs.getBoolean(3) ? "unique index" : "b-tree index";
      return new Row(table, columnNames, target, constraint, rs.getString(1), kind, rs.getLong(5),
          rs.getString(6));
    }, table);
    return candidates.stream().filter(r -> r != null).findFirst()
        .orElse(new Row(table, columnNames, target, constraint, null, "NOT INDEXED", 0, null));
  }

  /** The rows as an aligned text table. */
  public static String format(List<Row> rows) {
    String[] header = {"foreign key", "served by", "kind", "size", "reason"};
    List<String[]> lines = new ArrayList<>();
    lines.add(header);
    for (Row r : rows) {
      lines.add(new String[] {
          r.table() + " (" + r.columns() + ") -> " + r.target(),
          r.index() == null ? "-" : r.index(),
          r.kind(),
          r.index() == null ? "-" : size(r.sizeBytes()),
          r.reason() == null ? "" : r.reason()});
    }
    int[] widths = new int[header.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder text = new StringBuilder("  ");
      for (int i = 0; i < line.length; i++) {
        text.append(i == 3 ? String.format("%" + widths[i] + "s", line[i])
            : String.format("%-" + widths[i] + "s", line[i])).append("  ");
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  public static String size(long bytes) {
    return bytes >= 10L * 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " kB";
  }
}
