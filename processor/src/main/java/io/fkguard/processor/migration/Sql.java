package io.fkguard.processor.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The statements migrations are made of, spelled like the DDL writer spells them. */
final class Sql {
  private Sql() {}

  static String createSequence(Physical.Seq s) {
    return "create sequence " + s.name() + " start with " + s.start() + " increment by " + s.increment() + ";";
  }

  /** {@code start with} only changes what a restart goes back to; the current value stays. */
  static String alterSequence(Physical.Seq s) {
    return "alter sequence " + s.name() + " start with " + s.start() + " increment by " + s.increment() + ";";
  }

  static String dropSequence(Physical.Seq s) {
    return "drop sequence " + s.name() + ";";
  }

  static String createTable(Physical.Tab t) {
    List<String> lines = new ArrayList<>();
    for (Physical.Col c : t.columns().values()) {
      lines.add("    " + column(c));
    }
    if (t.primaryKeyName() != null) {
      lines.add("    constraint " + t.primaryKeyName() + " primary key (" + String.join(", ", t.primaryKey()) + ")");
    }
    t.checks().forEach((name, expression) -> lines.add("    constraint " + name + " check (" + expression + ")"));
    return "create table " + t.name() + " (\n" + String.join(",\n", lines) + "\n);";
  }

  static String dropTable(Physical.Tab t) {
    return "drop table " + t.name() + ";";
  }

  private static String column(Physical.Col c) {
    return c.name() + " " + c.type() + (c.nullable() ? "" : " not null")
        + (c.check() == null ? "" : " check (" + c.check() + ")");
  }

  static String addColumn(String table, Physical.Col c) {
    return "alter table " + table + " add column " + column(c) + ";";
  }

  static String dropColumn(String table, String column) {
    return "alter table " + table + " drop column " + column + ";";
  }

  static String alterType(String table, Physical.Col c) {
    return "alter table " + table + " alter column " + c.name() + " type " + c.type() + ";";
  }

  static String setNullable(String table, String column, boolean nullable) {
    return "alter table " + table + " alter column " + column + (nullable ? " drop not null;" : " set not null;");
  }

  private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");

  /** {@code varchar(n)} to a longer {@code varchar(m)}: a catalog-only change in PostgreSQL. */
  static boolean isWidening(String from, String to) {
    Matcher a = VARCHAR.matcher(from);
    Matcher b = VARCHAR.matcher(to);
    return a.matches() && b.matches() && Integer.parseInt(b.group(1)) > Integer.parseInt(a.group(1));
  }

  /** For a new table, in the transaction that creates it: nobody can be writing to it yet. */
  static String createIndex(Physical.Idx i) {
    return "create " + (i.unique() ? "unique " : "") + "index " + i.name() + " on " + i.table()
        + indexBody(i.columns(), i.where()) + ";";
  }

  /**
   * For an existing table, outside a transaction. A build that fails (lock timeout, a duplicate
   * for a unique index) leaves an INVALID index behind under the same name: the leading drop
   * removes it, so the file can simply run again (after {@code flyway repair}). The
   * {@code if not exists} is then redundant, but keeps linters' prefer-robust-stmts quiet.
   */
  static List<String> createIndexConcurrently(String table, String name, boolean unique,
      List<String> columns, String where) {
    return List.of(dropIndexConcurrently(table, name),
        "create " + (unique ? "unique " : "") + "index concurrently if not exists " + name + " on "
            + table + indexBody(columns, where) + ";");
  }

  static List<String> createIndexConcurrently(Physical.Idx i) {
    return createIndexConcurrently(i.table(), i.name(), i.unique(), i.columns(), i.where());
  }

  private static String indexBody(List<String> columns, String where) {
    return " (" + String.join(", ", columns) + ")" + (where == null ? "" : " where " + where);
  }

  /**
   * {@code if exists}: the undo of a unique index built for a constraint runs after the undo of
   * the constraint, and dropping a constraint drops its index; a rerun after a failure, too.
   */
  static String dropIndexConcurrently(String table, String index) {
    return "drop index concurrently if exists " + schemaOf(table) + index + ";";
  }

  static String renameIndex(String table, String from, String to) {
    return "alter index " + schemaOf(table) + from + " rename to " + to + ";";
  }

  static String comment(Physical.Idx i) {
    return "comment on index " + schemaOf(i.table()) + i.name() + " is "
        + (i.comment() == null ? "null" : "'" + i.comment().replace("'", "''") + "'") + ";";
  }

  static String addUnique(Physical.Uniq u) {
    return "alter table " + u.table() + " add constraint " + u.name() + " unique ("
        + String.join(", ", u.columns()) + ");";
  }

  static List<String> createUniqueIndexConcurrently(Physical.Uniq u) {
    return createIndexConcurrently(u.table(), u.name(), true, u.columns(), null);
  }

  static String addUniqueUsingIndex(Physical.Uniq u) {
    return "alter table " + u.table() + " add constraint " + u.name() + " unique using index " + u.name() + ";";
  }

  static String addForeignKey(Physical.Fk fk, boolean notValid) {
    return "alter table " + fk.table() + " add constraint " + fk.name() + " foreign key ("
        + String.join(", ", fk.columns()) + ") references " + fk.target() + " ("
        + String.join(", ", fk.targetColumns()) + ")" + (notValid ? " not valid" : "") + ";";
  }

  /** NOT VALID first, VALIDATE in a later step: adding a check then takes no long lock. */
  static String addCheck(String table, String name, String expression) {
    return "alter table " + table + " add constraint " + name + " check (" + expression + ") not valid;";
  }

  static String validateConstraint(String table, String name) {
    return "alter table " + table + " validate constraint " + name + ";";
  }

  static String validate(Physical.Fk fk) {
    return "alter table " + fk.table() + " validate constraint " + fk.name() + ";";
  }

  static String dropConstraint(String table, String name) {
    return "alter table " + table + " drop constraint " + name + ";";
  }

  /** {@code audit.} for a table in schema audit: indexes live in their table's schema. */
  private static String schemaOf(String table) {
    return table.contains(".") ? table.substring(0, table.lastIndexOf('.') + 1) : "";
  }
}
