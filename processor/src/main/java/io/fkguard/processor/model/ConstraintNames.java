package io.fkguard.processor.model;

import java.nio.charset.StandardCharsets;

/**
 * The names fkguard writes for constraints nobody named: PostgreSQL's own convention
 * ({@code <table>_<cols>_fkey}, {@code _key}, {@code _idx}, {@code _pkey}), shortened the way
 * PostgreSQL's {@code makeObjectName} does so the DDL names what the database would.
 */
public final class ConstraintNames {
  private ConstraintNames() {}

  /** The FK's explicit {@code @ForeignKey(name)}, else {@code <table>_<cols>_fkey}. */
  public static String foreignKey(Table table, ForeignKey fk) {
    return fk.name() != null ? fk.name() : objectName(table.name(), String.join("_", fk.columns()), "fkey");
  }

  /** An index's name, or the one PostgreSQL gives an unnamed one ({@code _pkey}, {@code _key}, {@code _idx}). */
  public static String index(Table table, Index index) {
    if (index.name() != null) {
      return index.name();
    }
    String columns = String.join("_", index.columns());
    return objectName(table.name(), columns, index.isPrimaryKey() ? "pkey" : index.unique() ? "key" : "idx");
  }

  /**
   * {@code <table>_<column>_<label>}: the name of a table check about one column. Not PostgreSQL's
   * {@code <table>_<column>_check} for every label, so it cannot collide with the inline check of
   * an enum column.
   */
  public static String check(String tableName, String column, String label) {
    return objectName(tableName, column, label);
  }

  /** {@code <table>_pkey}: the name PostgreSQL gives an unnamed primary key. */
  public static String primaryKey(String tableName) {
    return objectName(tableName, null, "pkey");
  }

  /**
   * PostgreSQL's {@code makeObjectName(name1, name2, label)}: {@code name1_name2_label}; when that
   * exceeds 63 bytes, the longer of name1 and name2 is shortened one character at a time.
   */
  static String objectName(String name1, String name2, String label) {
    int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
    int length1 = bytes(name1);
    int length2 = name2 == null ? 0 : bytes(name2);
    String n1 = name1;
    String n2 = name2;
    while (length1 + length2 + overhead > Identifiers.MAX_BYTES) {
      if (length1 > length2) {
        n1 = n1.substring(0, n1.length() - 1);
        length1 = bytes(n1);
      } else {
        n2 = n2.substring(0, n2.length() - 1);
        length2 = bytes(n2);
      }
    }
    return n2 == null ? n1 + "_" + label : n1 + "_" + n2 + "_" + label;
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
