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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed diff base: the catalog the existing migrations produce, one object per line,
 * tab-separated. Text so that a pull request shows it changing beside the migration.
 *
 * <p>Format 3 also lists the V files whose result it is, each with the SHA-256 of its bytes and
 * who wrote it ({@code fkguard}, {@code adopted}: there before fkguard, {@code handwritten}), and
 * ends with a checksum of everything above it: a deleted, edited or unknown migration, and a
 * snapshot edited by hand, are each detected instead of silently becoming the new diff base.
 * Columns carry their default. Format 2 lists a table's columns and checks in the table's own
 * order; format 1 listed them sorted by name. Both are still read (they record no files, so the
 * V files present are taken as theirs), and the next migration rewrites the snapshot as format 3.
 */
final class Snapshot {
  static final String FILE_NAME = "fkguard-snapshot.txt";
  static final int FORMAT = 3;
  private static final String HEADER = "# fkguard snapshot " + FORMAT + ": the schema the migrations "
      + "in this directory produce. Generated with them; do not edit.";
  private static final String CHECKSUM = "# checksum sha256:";
  private static final Pattern FORMAT_LINE = Pattern.compile("# fkguard snapshot (\\d+)\\b.*");
  private static final String NONE = "-";

  /** A V file the snapshot reflects: who wrote it and the SHA-256 of its bytes. */
  record Recorded(String file, String sha256, String by) {
    static final String FKGUARD = "fkguard";
    static final String ADOPTED = "adopted";
    static final String HAND_WRITTEN = "handwritten";
  }

  /** What a snapshot says: the catalog, the files it reflects (none before format 3), its format. */
  record Contents(Catalog catalog, List<Recorded> migrations, int format) {}

  private Snapshot() {}

  static String write(Catalog catalog) {
    return write(catalog, List.of());
  }

  static String write(Catalog catalog, List<Recorded> migrations) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    migrations.forEach(m -> lines.add(line("migration", m.file(), m.sha256(), m.by())));
    catalog.sequences().values().forEach(s -> lines.add(line("sequence", s.name(), Long.toString(s.start()),
        Integer.toString(s.increment()))));
    for (PgTable t : catalog.tables().values()) {
      lines.add(line("table", t.name(), opt(t.primaryKeyName()), list(t.primaryKey())));
      t.columns().forEach(c -> lines.add(line("column", t.name(), c.name(), c.type(),
          c.nullable() ? "null" : "not null", opt(c.check()), opt(c.defaultValue()))));
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
    String body = String.join("\n", lines) + "\n";
    return body + CHECKSUM + History.sha256(body) + "\n";
  }

  /** A table while its lines are read: columns and checks follow the table line. */
  private record TableLines(String name, String primaryKeyName, List<String> primaryKey,
      List<PgColumn> columns, Map<String, String> checks) {}

  /**
   * @throws IllegalArgumentException saying what is wrong: empty, not fkguard's, edited by hand,
   *     or the first line that is not a snapshot line
   */
  static Contents read(String file) {
    String text = file.replace("\r\n", "\n"); // a CRLF checkout is the same snapshot
    if (text.isBlank()) {
      throw new IllegalArgumentException("the file is empty");
    }
    Matcher header = FORMAT_LINE.matcher(text.lines().findFirst().orElse(""));
    if (!header.matches()) {
      throw new IllegalArgumentException("it does not start with the line \"# fkguard snapshot <n>: …\", "
          + "so it is not a snapshot fkguard wrote");
    }
    int format = Integer.parseInt(header.group(1));
    if (format > FORMAT) {
      throw new IllegalArgumentException("it is format " + format + ", written by a newer fkguard than this one "
          + "(format " + FORMAT + ")");
    }
    List<Recorded> migrations = new ArrayList<>();
    Catalog catalog = Catalog.empty();
    Map<String, TableLines> tables = new LinkedHashMap<>();
    String[] lines = text.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String raw = lines[n];
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      try {
        if (raw.startsWith("migration\t")) {
          String[] f = raw.split("\t", -1);
          migrations.add(new Recorded(f[1], f[2], f[3]));
        } else {
          readLine(raw, catalog, tables);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + (n + 1) + " is not a snapshot line fkguard wrote: " + raw, e);
      }
    }
    // After the lines, so that a garbled line is named rather than reported as an edit.
    if (format >= 3) {
      int at = text.lastIndexOf(CHECKSUM);
      String body = at < 0 ? text : text.substring(0, at);
      String recorded = at < 0 ? "" : text.substring(at + CHECKSUM.length()).strip();
      if (at < 0 || !recorded.equals(History.sha256(body))) {
        throw new IllegalArgumentException("it was edited by hand: its checksum line does not match its content");
      }
    }
    tables.values().forEach(t -> catalog.tables().put(t.name(),
        new PgTable(t.name(), t.columns(), t.primaryKeyName(), t.primaryKey(), t.checks())));
    return new Contents(catalog, List.copyOf(migrations), format);
  }

  private static void readLine(String raw, Catalog catalog, Map<String, TableLines> tables) {
    String[] f = Arrays.stream(raw.split("\t", -1)).map(Snapshot::unescape).toArray(String[]::new);
    switch (f[0]) {
      case "sequence" -> catalog.sequences().put(f[1],
          new PgSequence(f[1], Long.parseLong(f[2]), Integer.parseInt(f[3])));
      case "table" -> tables.put(f[1], new TableLines(f[1], val(f[2]), split(f[3]), new ArrayList<>(),
          new LinkedHashMap<>()));
      case "check" -> tables.get(f[1]).checks().put(f[2], f[3]);
      case "column" -> tables.get(f[1]).columns().add(new PgColumn(f[2], f[3], f[4].equals("null"), val(f[5]),
          f.length > 6 ? val(f[6]) : null));
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
