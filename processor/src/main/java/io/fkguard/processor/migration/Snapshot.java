package io.fkguard.processor.migration;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.catalog.PgColumn;
import io.fkguard.processor.catalog.PgForeignKey;
import io.fkguard.processor.catalog.PgIndex;
import io.fkguard.processor.catalog.PgSequence;
import io.fkguard.processor.catalog.PgTable;
import io.fkguard.processor.catalog.PgUnique;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed diff base: the catalog the existing migrations produce, one object per line,
 * tab-separated. Text so that a pull request shows it changing beside the migration.
 *
 * <p>Format 2 lists a table's columns and checks in the table's own order (the order
 * {@code create table} wrote them). Format 1 listed them sorted by name; it is still read (the
 * order of an existing table's columns decides no statement fkguard writes: new columns are
 * added at the end, whatever the entity says), and the next migration rewrites it as format 2.
 */
final class Snapshot {
  static final String FILE_NAME = "fkguard-snapshot.txt";
  private static final String HEADER = "# fkguard snapshot 2: the schema the migrations in this "
      + "directory produce. Generated with them; do not edit.";
  private static final String NONE = "-";

  private Snapshot() {}

  static String write(Catalog catalog) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    catalog.sequences().values().forEach(s -> lines.add(line("sequence", s.name(), Long.toString(s.start()),
        Integer.toString(s.increment()))));
    for (PgTable t : catalog.tables().values()) {
      lines.add(line("table", t.name(), opt(t.primaryKeyName()), list(t.primaryKey())));
      t.columns().forEach(c -> lines.add(line("column", t.name(), c.name(), c.type(),
          c.nullable() ? "null" : "not null", opt(c.check()))));
      t.checks().forEach((name, expression) -> lines.add(line("check", t.name(), name, expression)));
    }
    catalog.uniques().values().forEach(u -> lines.add(line("unique", u.table(), u.name(), list(u.columns()))));
    catalog.indexes().values().forEach(i -> lines.add(line("index", i.table(), i.name(),
        i.unique() ? "unique" : "plain", list(i.columns()), opt(i.where()), opt(i.comment()))));
    // The ON DELETE action is a seventh field, written only when there is one.
    catalog.foreignKeys().values().forEach(f -> lines.add(f.onDelete() == null
        ? line("fk", f.table(), f.name(), list(f.columns()), f.target(), list(f.targetColumns()))
        : line("fk", f.table(), f.name(), list(f.columns()), f.target(), list(f.targetColumns()),
            f.onDelete())));
    return String.join("\n", lines) + "\n";
  }

  /** A table while its lines are read: columns and checks follow the table line. */
  private record TableLines(String name, String primaryKeyName, List<String> primaryKey,
      List<PgColumn> columns, Map<String, String> checks) {}

  /** @throws IllegalArgumentException naming the first line that is not a snapshot line */
  static Catalog read(String text) {
    Catalog catalog = Catalog.empty();
    Map<String, TableLines> tables = new LinkedHashMap<>();
    String[] lines = text.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n];
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      try {
        readLine(raw, catalog, tables);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + (n + 1) + " is not a snapshot line fkguard wrote: " + raw, e);
      }
    }
    tables.values().forEach(t -> catalog.tables().put(t.name(),
        new PgTable(t.name(), t.columns(), t.primaryKeyName(), t.primaryKey(), t.checks())));
    return catalog;
  }

  private static void readLine(String raw, Catalog catalog, Map<String, TableLines> tables) {
    String[] f = Arrays.stream(raw.split("\t", -1)).map(Snapshot::unescape).toArray(String[]::new);
    switch (f[0]) {
      case "sequence" -> catalog.sequences().put(f[1],
          new PgSequence(f[1], Long.parseLong(f[2]), Integer.parseInt(f[3])));
      case "table" -> tables.put(f[1], new TableLines(f[1], val(f[2]), split(f[3]), new ArrayList<>(),
          new LinkedHashMap<>()));
      case "check" -> tables.get(f[1]).checks().put(f[2], f[3]);
      case "column" -> tables.get(f[1]).columns().add(new PgColumn(f[2], f[3], f[4].equals("null"), val(f[5])));
      case "unique" -> {
        PgUnique u = new PgUnique(f[1], f[2], split(f[3]));
        catalog.uniques().put(u.key(), u);
      }
      case "index" -> {
        PgIndex i = new PgIndex(f[1], f[2], f[3].equals("unique"), split(f[4]), val(f[5]), val(f[6]));
        catalog.indexes().put(i.key(), i);
      }
      case "fk" -> {
        PgForeignKey k = new PgForeignKey(f[1], f[2], split(f[3]), f[4], split(f[5]),
            f.length > 6 ? f[6] : null);
        catalog.foreignKeys().put(k.key(), k);
      }
      default -> throw new IllegalArgumentException("unknown kind " + f[0]);
    }
  }

  private static String line(String... fields) {
    StringBuilder out = new StringBuilder();
    for (String field : fields) {
      out.append(out.length() == 0 ? "" : "\t").append(escape(field));
    }
    return out.toString();
  }

  private static String opt(String value) {
    return value == null ? NONE : value;
  }

  private static String val(String value) {
    return value.equals(NONE) ? null : value;
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? NONE : String.join(",", values);
  }

  private static List<String> split(String value) {
    return value.equals(NONE) ? List.of() : List.of(value.split(","));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
