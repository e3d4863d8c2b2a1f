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

  static String createIndex(Physical.Idx i, boolean concurrently) {
    return "create " + (i.unique() ? "unique " : "") + "index " + (concurrently ? "concurrently " : "")
        + i.name() + " on " + i.table() + " (" + String.join(", ", i.columns()) + ")"
        + (i.where() == null ? "" : " where " + i.where()) + ";";
  }

  static String dropIndexConcurrently(String table, String index) {
    return "drop index concurrently " + schemaOf(table) + index + ";";
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

  static String createUniqueIndexConcurrently(Physical.Uniq u) {
    return "create unique index concurrently " + u.name() + " on " + u.table() + " ("
        + String.join(", ", u.columns()) + ");";
  }

  static String addUniqueUsingIndex(Physical.Uniq u) {
    return "alter table " + u.table() + " add constraint " + u.name() + " unique using index " + u.name() + ";";
  }

  static String addForeignKey(Physical.Fk fk, boolean notValid) {
    return "alter table " + fk.table() + " add constraint " + fk.name() + " foreign key ("
        + String.join(", ", fk.columns()) + ") references " + fk.target() + " ("
        + String.join(", ", fk.targetColumns()) + ")" + (notValid ? " not valid" : "") + ";";
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
