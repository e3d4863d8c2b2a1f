package io.fkguard.processor.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed diff base: the physical schema the existing migrations produce, one object per
 * line, tab-separated, sorted. Text so that a pull request shows it changing beside the migration.
 */
final class Snapshot {
  static final String FILE_NAME = "fkguard-snapshot.txt";
  private static final String HEADER = "# fkguard snapshot 1: the schema the migrations in this "
      + "directory produce. Generated with them; do not edit.";
  private static final String NONE = "-";

  private Snapshot() {}

  static String write(Physical p) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    p.sequences().values().forEach(s -> lines.add(line("sequence", s.name(), Long.toString(s.start()),
        Integer.toString(s.increment()))));
    for (Physical.Tab t : p.tables().values()) {
      lines.add(line("table", t.name(), opt(t.primaryKeyName()), list(t.primaryKey())));
      t.columns().values().forEach(c -> lines.add(line("column", t.name(), c.name(), c.type(),
          c.nullable() ? "null" : "not null", opt(c.check()))));
      t.checks().forEach((name, expression) -> lines.add(line("check", t.name(), name, expression)));
    }
    p.uniques().values().forEach(u -> lines.add(line("unique", u.table(), u.name(), list(u.columns()))));
    p.indexes().values().forEach(i -> lines.add(line("index", i.table(), i.name(),
        i.unique() ? "unique" : "plain", list(i.columns()), opt(i.where()), opt(i.comment()))));
    p.foreignKeys().values().forEach(f -> lines.add(line("fk", f.table(), f.name(), list(f.columns()),
        f.target(), list(f.targetColumns()))));
    return String.join("\n", lines) + "\n";
  }

  static Physical read(String text) {
    Map<String, Physical.Seq> sequences = new TreeMap<>();
    Map<String, Physical.Tab> tables = new TreeMap<>();
    Map<String, Physical.Idx> indexes = new TreeMap<>();
    Map<String, Physical.Uniq> uniques = new TreeMap<>();
    Map<String, Physical.Fk> fks = new TreeMap<>();
    for (String raw : text.split("\n")) {
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      String[] f = Arrays.stream(raw.split("\t", -1)).map(Snapshot::unescape).toArray(String[]::new);
      switch (f[0]) {
        case "sequence" -> sequences.put(f[1], new Physical.Seq(f[1], Long.parseLong(f[2]), Integer.parseInt(f[3])));
        case "table" -> tables.put(f[1], new Physical.Tab(f[1], new TreeMap<>(), val(f[2]), split(f[3]),
            new TreeMap<>()));
        case "check" -> tables.get(f[1]).checks().put(f[2], f[3]);
        case "column" -> tables.get(f[1]).columns().put(f[2],
            new Physical.Col(f[2], f[3], f[4].equals("null"), val(f[5])));
        case "unique" -> {
          Physical.Uniq u = new Physical.Uniq(f[1], f[2], split(f[3]));
          uniques.put(u.key(), u);
        }
        case "index" -> {
          Physical.Idx i = new Physical.Idx(f[1], f[2], f[3].equals("unique"), split(f[4]), val(f[5]), val(f[6]));
          indexes.put(i.key(), i);
        }
        case "fk" -> {
          Physical.Fk k = new Physical.Fk(f[1], f[2], split(f[3]), f[4], split(f[5]));
          fks.put(k.key(), k);
        }
        default -> throw new IllegalArgumentException("unknown snapshot line: " + raw);
      }
    }
    return new Physical(sequences, tables, indexes, uniques, fks);
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
