package io.fkguard.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads exactly the statements fkguard's DDL writer produces, in its phases: schemas, sequences,
 * tables (columns with inline checks, the primary key and named checks), unique constraints,
 * indexes with their comments, foreign keys (with an optional ON DELETE action and the {@code --
 * not indexed on purpose} comment above a {@code @NotIndexed} one). Anything else is an error
 * naming its line: a model the check half understands would report false drift.
 */
public final class SchemaSqlParser {
  private static final String ID = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
  private static final String NAME = "(" + ID + "(?:\\." + ID + ")?)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern SCHEMA = Pattern.compile("create schema (?:if not exists )?" + ID, FLAGS);
  private static final Pattern SEQUENCE = Pattern.compile(
      "create sequence " + NAME + " start with (-?\\d+) increment by (-?\\d+)", FLAGS);
  private static final Pattern TABLE = Pattern.compile("create table " + NAME + " \\((.*)\\)", FLAGS);
  private static final Pattern UNIQUE = Pattern.compile(
      "alter table " + NAME + " add constraint (" + ID + ") unique \\((.+)\\)", FLAGS);
  private static final Pattern INDEX = Pattern.compile(
      "create (unique )?index (" + ID + ") on " + NAME + " \\(([^)]+)\\)(?: where (.+))?", FLAGS);
  private static final Pattern COMMENT = Pattern.compile("comment on index " + NAME + " is '.*'", FLAGS);
  private static final Pattern FOREIGN_KEY = Pattern.compile("alter table " + NAME + " add constraint ("
      + ID + ") foreign key \\(([^)]+)\\) references " + NAME + " \\(([^)]+)\\)"
      + "(?: on delete (cascade|set null|set default|restrict|no action))?( not valid)?", FLAGS);
  private static final String NOT_INDEXED = "-- not indexed on purpose:";

  private SchemaSqlParser() {}

  /** Parses {@code text}; {@code source} names it in errors and in the model. */
  public static SchemaModel parse(String source, String text) throws SchemaSqlException {
    List<ModelSequence> sequences = new ArrayList<>();
    List<ModelTable> tables = new ArrayList<>();
    List<ModelIndex> uniques = new ArrayList<>();
    List<ModelIndex> indexes = new ArrayList<>();
    List<ModelForeignKey> foreignKeys = new ArrayList<>();
    for (Statement st : statements(source, text)) {
      String sql = st.text();
      Matcher m;
      if ((m = SCHEMA.matcher(sql)).matches() || COMMENT.matcher(sql).matches()) {
        continue; // tables carry their schema; comments change nothing the check compares
      } else if ((m = SEQUENCE.matcher(sql)).matches()) {
        sequences.add(new ModelSequence(name(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
      } else if ((m = TABLE.matcher(sql)).matches()) {
        tables.add(TableBody.parse(name(m.group(1)), m.group(2), sql + ";", where(source, st)));
      } else if ((m = UNIQUE.matcher(sql)).matches()) {
        uniques.add(new ModelIndex(Identifiers.fold(m.group(2)), name(m.group(1)), columns(m.group(3)),
            true, null, true, false));
      } else if ((m = INDEX.matcher(sql)).matches()) {
        indexes.add(new ModelIndex(Identifiers.fold(m.group(2)), name(m.group(3)), columns(m.group(4)),
            m.group(1) != null, m.group(5) == null ? null : m.group(5).trim(), false, false));
      } else if ((m = FOREIGN_KEY.matcher(sql)).matches()) {
        String action = m.group(6) == null ? "no action" : m.group(6).toLowerCase(Locale.ROOT);
        foreignKeys.add(new ModelForeignKey(Identifiers.fold(m.group(2)), name(m.group(1)),
            columns(m.group(3)), name(m.group(4)), columns(m.group(5)), action, st.notIndexedReason()));
      } else {
        throw new SchemaSqlException(where(source, st) + ": not a statement fkguard's schema.sql contains: "
            + firstLine(sql));
      }
    }
    List<ModelIndex> all = new ArrayList<>();
    for (ModelTable t : tables) {
      if (t.primaryKeyName() != null) {
        all.add(new ModelIndex(t.primaryKeyName(), t.name(), t.primaryKey(), true, null, true, true));
      }
    }
    all.addAll(uniques);
    all.addAll(indexes);
    return new SchemaModel(source, sequences, tables, all, foreignKeys);
  }

  static QualifiedName name(String written) {
    List<String> parts = splitTopLevel(written, '.');
    return parts.size() == 1 ? new QualifiedName(null, Identifiers.fold(parts.get(0)))
        : new QualifiedName(Identifiers.fold(parts.get(0)), Identifiers.fold(parts.get(1)));
  }

  static List<String> columns(String list) {
    return splitTopLevel(list, ',').stream().map(Identifiers::fold).toList();
  }

  /** Splits on {@code separator} outside parentheses, single-quoted strings and quoted identifiers. */
  static List<String> splitTopLevel(String text, char separator) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: same result
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == separator && depth == 0) {
        out.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(text.substring(start).trim());
    return out;
  }

  private static String where(String source, Statement st) {
    return source + ":" + st.line();
  }

  private static String firstLine(String sql) {
    int nl = sql.indexOf('\n');
    return nl < 0 ? sql : sql.substring(0, nl) + " …";
  }

  record Statement(int line, String text, String notIndexedReason) {}

  /**
   * The statements of the file with the line each starts on. A statement ends at a line ending in
   * {@code ;} outside a string literal (the writer puts every statement's end on its own line
   * end); {@code --} lines between statements are comments.
   */
  static List<Statement> statements(String source, String text) throws SchemaSqlException {
    List<Statement> out = new ArrayList<>();
    StringBuilder current = null;
    int startLine = 0;
    String reason = null;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (current == null) {
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.startsWith("--")) {
          if (trimmed.startsWith(NOT_INDEXED)) {
            reason = trimmed.substring(NOT_INDEXED.length()).trim();
          }
          continue;
        }
        current = new StringBuilder();
        startLine = i + 1;
      } else {
        current.append('\n');
      }
      current.append(line);
      if (line.endsWith(";") && quotesBalanced(current)) {
        String sql = current.substring(0, current.length() - 1).trim();
        out.add(new Statement(startLine, sql, sql.regionMatches(true, 0, "alter table", 0, 11)
            && sql.toLowerCase(Locale.ROOT).contains(" foreign key ") ? reason : null));
        if (out.get(out.size() - 1).notIndexedReason() != null) {
          reason = null;
        }
        current = null;
      }
    }
    if (current != null) {
      throw new SchemaSqlException(source + ":" + startLine + ": statement not ended by ';'");
    }
    return out;
  }

  private static boolean quotesBalanced(CharSequence s) {
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'') {
        quotes++;
      }
    }
    return quotes % 2 == 0;
  }
}
