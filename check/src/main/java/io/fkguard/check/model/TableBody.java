package io.fkguard.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inside of fkguard's {@code create table (…)}: columns, the primary key, named checks. */
final class TableBody {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern PRIMARY_KEY = Pattern.compile("constraint (\\S+) primary key \\((.+)\\)", FLAGS);
  private static final Pattern CHECK = Pattern.compile("constraint (\\S+) check \\((.+)\\)", FLAGS);
  private static final Pattern COLUMN = Pattern.compile("(\"(?:[^\"]|\"\")+\"|\\S+)\\s+(.+)", FLAGS);
  private static final Pattern INLINE_CHECK = Pattern.compile("\\s+check\\s*\\(", FLAGS);
  private static final Pattern NOT_NULL = Pattern.compile("(.*?)\\s+not null", FLAGS);
  private static final Pattern IDENTITY = Pattern.compile(
      "(.*?)\\s+generated (?:by default|always) as identity", FLAGS);

  private TableBody() {}

  static ModelTable parse(QualifiedName table, String body, String statement, String where)
      throws SchemaSqlException {
    List<ModelColumn> columns = new ArrayList<>();
    List<ModelCheck> checks = new ArrayList<>();
    String pkName = null;
    List<String> pk = List.of();
    for (String item : SchemaSqlParser.splitTopLevel(body, ',')) {
      Matcher m;
      if ((m = PRIMARY_KEY.matcher(item)).matches()) {
        pkName = Identifiers.fold(m.group(1));
        pk = SchemaSqlParser.columns(m.group(2));
      } else if ((m = CHECK.matcher(item)).matches()) {
        checks.add(new ModelCheck(Identifiers.fold(m.group(1)), null, m.group(2).trim()));
      } else if ((m = COLUMN.matcher(item)).matches()) {
        String name = Identifiers.fold(m.group(1));
        String rest = m.group(2).trim();
        Matcher inline = INLINE_CHECK.matcher(rest);
        if (inline.find()) {
          String expression = rest.substring(inline.end(), rest.lastIndexOf(')')).trim();
          checks.add(new ModelCheck(inlineCheckName(table.name(), name), name, expression));
          rest = rest.substring(0, inline.start());
        }
        boolean notNull = false;
        if ((m = NOT_NULL.matcher(rest)).matches()) {
          notNull = true;
          rest = m.group(1);
        }
        boolean identity = false;
        if ((m = IDENTITY.matcher(rest)).matches()) {
          identity = true;
          rest = m.group(1);
        }
        columns.add(new ModelColumn(name, rest.trim().toLowerCase(Locale.ROOT), notNull, identity));
      } else {
        throw new SchemaSqlException(where + ": not a column, primary key or check in create table "
            + table + ": " + item);
      }
    }
    return new ModelTable(table, columns, pkName, pk, checks, statement);
  }

  /**
   * The name PostgreSQL gives an inline column check: {@code <table>_<column>_check}, the longer
   * of table and column shortened one character at a time until it fits in 63 bytes (its
   * {@code makeObjectName}; names here are ASCII, so bytes are characters).
   */
  static String inlineCheckName(String table, String column) {
    int available = 63 - "check".length() - 2;
    int t = table.length();
    int c = column.length();
    while (t + c > available) {
      if (t > c) {
        t--;
      } else {
        c--;
      }
    }
    return table.substring(0, t) + "_" + column.substring(0, c) + "_check";
  }
}
