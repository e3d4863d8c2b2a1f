package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Table;

/**
 * Names PostgreSQL rejects unquoted ({@code create table order (...)} is a syntax error): a
 * mapping error on the entity, attribute or annotation that produced the name, never a schema.sql
 * that cannot be applied. Found by the fuzz test (an entity called Window).
 */
final class ReservedNames {
  private ReservedNames() {}

  static void check(ScanContext ctx, Table table) {
    if (table.schema() != null && Identifiers.isReserved(table.schema())) {
      report(ctx, table.origin(), "schema", table.schema(), "@Table(schema = \"...\")");
    }
    if (Identifiers.isReserved(table.name())) {
      report(ctx, table.origin(), "table", table.name(), "@Table(name = \"...\")");
    }
    for (Column column : table.columns()) {
      if (Identifiers.isReserved(column.name())) {
        report(ctx, column.origin() == null ? table.origin() : column.origin(),
            "column " + table.name() + ".", column.name(), "@Column(name = \"...\") or @JoinColumn(name = \"...\")");
      }
    }
    for (Index index : table.indexes()) {
      if (index.name() != null && Identifiers.isReserved(index.name())) {
        report(ctx, index.origin() == null ? table.origin() : index.origin(), "index", index.name(),
            "another index name");
      }
    }
    for (ForeignKey fk : table.foreignKeys()) {
      if (fk.name() != null && Identifiers.isReserved(fk.name())) {
        report(ctx, fk.origin() == null ? table.origin() : fk.origin(), "foreign key", fk.name(),
            "another @ForeignKey(name = \"...\")");
      }
    }
  }

  private static void report(ScanContext ctx, io.fkguard.processor.model.Origin origin,
      String what, String name, String fix) {
    ctx.problem(origin, what + (what.endsWith(".") ? "" : " ") + name + " is a reserved word in "
        + "PostgreSQL: the CREATE statement fails unless the name is quoted, and neither fkguard nor "
        + "Hibernate (by default) quotes it. Rename it with " + fix);
  }
}
