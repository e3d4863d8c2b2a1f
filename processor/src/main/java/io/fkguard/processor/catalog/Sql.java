package io.fkguard.processor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place fkguard spells SQL: every statement of {@code schema.sql}, of the migrations and
 * of their undo scripts comes from here, so a table created by V1 and one created by V7 are
 * written the same way.
 */
public final class Sql {
  private Sql() {}

  /** Every script that takes locks gives up after 5 s instead of queueing writes behind it. */
  public static final String LOCK_TIMEOUT = "set lock_timeout = '5s';";
  /** A concurrent build also waits for older transactions; that blocks nobody, so it may wait longer. */
  public static final String CONCURRENT_LOCK_TIMEOUT = "set lock_timeout = '1min';";

  public static String statementTimeout(String value) {
    return "set statement_timeout = '" + value + "';";
  }

  public static String createSchema(String schema) {
    return "create schema if not exists " + schema + ";";
  }

  public static String createSequence(PgSequence s) {
    return "create sequence " + s.name() + " start with " + s.start() + " increment by " + s.increment() + ";";
  }

  /** {@code start with} only changes what a restart goes back to; the current value stays. */
  public static String alterSequence(PgSequence s) {
    return "alter sequence " + s.name() + " start with " + s.start() + " increment by " + s.increment() + ";";
  }

  public static String dropSequence(PgSequence s) {
    return "drop sequence " + s.name() + ";";
  }

  /** Columns in the table's order, then the primary key, then the table checks in theirs. */
  public static String createTable(PgTable t) {
    List<String> lines = new ArrayList<>();
    for (PgColumn c : t.columns()) {
      lines.add("    " + column(c));
    }
    if (t.primaryKeyName() != null) {
      lines.add("    constraint " + t.primaryKeyName() + " primary key (" + String.join(", ", t.primaryKey()) + ")");
    }
    for (Map.Entry<String, String> check : t.checks().entrySet()) {
      lines.add("    constraint " + check.getKey() + " check (" + check.getValue() + ")");
    }
    return "create table " + t.name() + " (\n" + String.join(",\n", lines) + "\n);";
  }

  public static String dropTable(PgTable t) {
    return "drop table " + t.name() + ";";
  }

  /** For an undo that removes a whole schema: the FKs between the tables go with them. */
  public static String dropTableCascade(String table) {
    return "drop table " + table + " cascade;";
  }

  /** As Hibernate's export spells a column: type, default, nullability, check. */
  private static String column(PgColumn c) {
    return c.name() + " " + c.type() + (c.defaultValue() == null ? "" : " default " + c.defaultValue())
        + (c.nullable() ? "" : " not null")
        + (c.check() == null ? "" : " check (" + c.check() + ")");
  }

  public static String addColumn(String table, PgColumn c) {
    return "alter table " + table + " add column " + column(c) + ";";
  }

  public static String dropColumn(String table, String column) {
    return "alter table " + table + " drop column " + column + ";";
  }

  public static String alterType(String table, PgColumn c) {
    return "alter table " + table + " alter column " + c.name() + " type " + c.type() + ";";
  }

  public static String setNullable(String table, String column, boolean nullable) {
    return "alter table " + table + " alter column " + column + (nullable ? " drop not null;" : " set not null;");
  }

  /** The default, or {@code drop default} for none: a catalog-only change. */
  public static String setDefault(String table, String column, String defaultValue) {
    return "alter table " + table + " alter column " + column
        + (defaultValue == null ? " drop default;" : " set default " + defaultValue + ";");
  }

  /** The temporary check that lets {@code set not null} skip its scan; at most 63 bytes, as PostgreSQL keeps. */
  public static String notNullCheckName(String table, String column) {
    String bare = table.substring(table.lastIndexOf('.') + 1);
    String name = bare + "_" + column + "_not_null";
    return name.length() <= 63 ? name : name.substring(0, 63);
  }

  private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");

  /**
   * {@code varchar(n)} to a longer {@code varchar(m)} or to {@code text}: a catalog-only change in
   * PostgreSQL (binary coercible, no rewrite, no scan).
   */
  public static boolean isWidening(String from, String to) {
    Matcher a = VARCHAR.matcher(from);
    if (!a.matches()) {
      return false;
    }
    if (to.equals("text")) {
      return true;
    }
    Matcher b = VARCHAR.matcher(to);
    return b.matches() && Integer.parseInt(b.group(1)) > Integer.parseInt(a.group(1));
  }

  /**
   * A default PostgreSQL evaluates per row: adding a column with it rewrites the table (a
   * constant or a stable one such as {@code now()} is stored once in the catalog, PostgreSQL 11+).
   */
  public static boolean isVolatile(String defaultValue) {
    String d = defaultValue.toLowerCase(java.util.Locale.ROOT);
    return List.of("random(", "clock_timestamp(", "timeofday(", "gen_random_uuid(", "uuid_generate_", "nextval(")
        .stream().anyMatch(d::contains);
  }

  /** For a new table, in the transaction that creates it: nobody can be writing to it yet. */
  public static String createIndex(PgIndex i) {
    return "create " + (i.unique() ? "unique " : "") + "index " + i.name() + " on " + i.table()
        + indexBody(i.columns(), i.where()) + ";";
  }

  /**
   * For an existing table, outside a transaction. A build that fails (lock timeout, a duplicate
   * for a unique index) leaves an INVALID index behind under the same name: the leading drop
   * removes it, so the file can simply run again (after {@code flyway repair}). The
   * {@code if not exists} is then redundant, but keeps linters' prefer-robust-stmts quiet.
   */
  public static List<String> createIndexConcurrently(PgIndex i) {
    return List.of(dropIndexConcurrently(i.table(), i.name()),
        "create " + (i.unique() ? "unique " : "") + "index concurrently if not exists " + i.name() + " on "
            + i.table() + indexBody(i.columns(), i.where()) + ";");
  }

  private static String indexBody(List<String> columns, String where) {
    return " (" + String.join(", ", columns) + ")" + (where == null ? "" : " where " + where);
  }

  /**
   * {@code if exists}: the undo of a unique index built for a constraint runs after the undo of
   * the constraint, and dropping a constraint drops its index; a rerun after a failure, too.
   */
  public static String dropIndexConcurrently(String table, String index) {
    return "drop index concurrently if exists " + schemaOf(table) + index + ";";
  }

  public static String renameIndex(String table, String from, String to) {
    return "alter index " + schemaOf(table) + from + " rename to " + to + ";";
  }

  /** The index's comment, or {@code is null} to remove one. */
  public static String comment(PgIndex i) {
    return "comment on index " + schemaOf(i.table()) + i.name() + " is "
        + (i.comment() == null ? "null" : literal(i.comment())) + ";";
  }

  public static String addUnique(PgUnique u) {
    return "alter table " + u.table() + " add constraint " + u.name() + " unique ("
        + String.join(", ", u.columns()) + ");";
  }

  /** A unique constraint on a table with rows: its index first, built without blocking writes. */
  public static List<String> createUniqueIndexConcurrently(PgUnique u) {
    return createIndexConcurrently(new PgIndex(u.table(), u.name(), true, u.columns(), null, null));
  }

  public static String addUniqueUsingIndex(PgUnique u) {
    return "alter table " + u.table() + " add constraint " + u.name() + " unique using index " + u.name() + ";";
  }

  /** {@code not valid}: instant on a table with rows; {@link #validateConstraint} scans later. */
  public static String addForeignKey(PgForeignKey fk, boolean notValid) {
    return "alter table " + fk.table() + " add constraint " + fk.name() + " foreign key ("
        + String.join(", ", fk.columns()) + ") references " + fk.target() + " ("
        + String.join(", ", fk.targetColumns()) + ")"
        + (fk.onDelete() == null ? "" : " on delete " + fk.onDelete()) + (notValid ? " not valid" : "") + ";";
  }

  /** A {@code @NotIndexed} reason, as a comment above its foreign key. */
  public static String notIndexedComment(String reason) {
    return "-- not indexed on purpose: " + reason;
  }

  /** NOT VALID first, VALIDATE in a later step: adding a check then takes no long lock. */
  public static String addCheck(String table, String name, String expression) {
    return "alter table " + table + " add constraint " + name + " check (" + expression + ") not valid;";
  }

  public static String validateConstraint(String table, String name) {
    return "alter table " + table + " validate constraint " + name + ";";
  }

  public static String dropConstraint(String table, String name) {
    return "alter table " + table + " drop constraint " + name + ";";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String schemaOf(String table) {
    return table.contains(".") ? table.substring(0, table.lastIndexOf('.') + 1) : "";
  }
}
