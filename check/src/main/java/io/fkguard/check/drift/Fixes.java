package io.fkguard.check.drift;

import io.fkguard.check.model.Identifiers;
import io.fkguard.check.model.ModelIndex;
import io.fkguard.check.model.QualifiedName;
import java.util.List;

/**
 * The one place fix SQL is spelled. Every fix is safe to run on a live primary the way fkguard's
 * migrations are: indexes built and dropped CONCURRENTLY (each statement on its own, outside a
 * transaction), constraints added NOT VALID and validated in a second statement, so neither
 * step holds a lock that blocks writes while it scans.
 */
final class Fixes {
  private Fixes() {}

  static String createIndex(ModelIndex index, String name) {
    return "create " + (index.unique() ? "unique " : "") + "index concurrently " + Identifiers.quote(name)
        + " on " + index.table().sql() + " (" + Identifiers.columnList(index.columns()) + ")"
        + (index.predicate() == null ? "" : " where " + index.predicate()) + ";";
  }

  static String createIndex(ModelIndex index) {
    return createIndex(index, index.name());
  }

  static String dropIndex(QualifiedName table, String index) {
    return "drop index concurrently " + indexName(table, index) + ";";
  }

  /** An index's name for DROP/ALTER INDEX: in its table's schema. */
  static String indexName(QualifiedName table, String index) {
    return table.schema() == null ? Identifiers.quote(index)
        : Identifiers.quote(table.schema()) + "." + Identifiers.quote(index);
  }

  /** Build the model's index under a temporary name, drop the old one, take its name. */
  static String[] replaceIndex(ModelIndex index) {
    String temporary = truncate(index.name() + "_fkguard_new");
    return new String[] {createIndex(index, temporary), dropIndex(index.table(), index.name()),
        "alter index " + indexName(index.table(), temporary) + " rename to " + Identifiers.quote(index.name()) + ";"};
  }

  static String validate(QualifiedName table, String constraint) {
    return "alter table " + table.sql() + " validate constraint " + Identifiers.quote(constraint) + ";";
  }

  /** Add NOT VALID (no long lock), then VALIDATE (scans without blocking writes). */
  static String[] addConstraint(QualifiedName table, String name, String definition) {
    return new String[] {"alter table " + table.sql() + " add constraint " + Identifiers.quote(name) + " "
        + definition + " not valid;", validate(table, name)};
  }

  /** Drop and re-add in one statement (never a moment without the constraint), then VALIDATE. */
  static String[] replaceConstraint(QualifiedName table, String name, String definition) {
    return new String[] {"alter table " + table.sql() + " drop constraint " + Identifiers.quote(name)
        + ", add constraint " + Identifiers.quote(name) + " " + definition + " not valid;", validate(table, name)};
  }

  static String columns(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }

  private static String truncate(String name) {
    return name.length() <= 63 ? name : name.substring(0, 63);
  }
}
