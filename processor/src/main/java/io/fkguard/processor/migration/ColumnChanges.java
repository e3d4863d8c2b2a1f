package io.fkguard.processor.migration;

import io.fkguard.processor.catalog.PgColumn;
import io.fkguard.processor.catalog.PgTable;
import io.fkguard.processor.catalog.Sql;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link Planner}'s statements for the columns of a table that exists before and after:
 * new, dropped and retyped columns, defaults, and nullability, each in the planner's step that
 * keeps it safe on a live table; what cannot be done safely goes to {@code blocked}.
 */
final class ColumnChanges {
  private final Set<String> allowedDataLoss;
  private final List<Planner.Blocked> blocked;

  ColumnChanges(Set<String> allowedDataLoss, List<Planner.Blocked> blocked) {
    this.allowedDataLoss = allowedDataLoss;
    this.blocked = blocked;
  }

  /**
   * An existing column made NOT NULL, without the long exclusive lock of a plain {@code set not
   * null} (which scans every row while writes wait): a NOT VALID check (instant), its validation
   * (a scan that blocks no writes), then {@code set not null}, which PostgreSQL 12+ proves from
   * the valid check without scanning, and the check dropped. Existing NULLs make the validation
   * fail before anything is locked for long: backfill them first.
   */
  void notNull(PgTable old, PgTable table, Statements constraints, Statements validate,
      Statements setNotNull) {
    for (PgColumn column : table.columns()) {
      PgColumn was = old.column(column.name()).orElse(null);
      if (was == null || !was.nullable() || column.nullable()) {
        continue;
      }
      String check = Sql.notNullCheckName(table.name(), column.name());
      constraints.add(table.name(), Sql.addCheck(table.name(), check, column.name() + " is not null"),
          Sql.dropConstraint(table.name(), check));
      validate.add(table.name(), Sql.validateConstraint(table.name(), check));
      setNotNull.add(table.name(), Sql.setNullable(table.name(), column.name(), false),
          Sql.setNullable(table.name(), column.name(), true));
      setNotNull.add(table.name(), Sql.dropConstraint(table.name(), check),
          Sql.addCheck(table.name(), check, column.name() + " is not null"));
    }
  }

  void columns(PgTable old, PgTable table, Statements structure, Statements destructive) {
    for (PgColumn column : table.columns()) {
      PgColumn was = old.column(column.name()).orElse(null);
      String id = table.name() + "." + column.name();
      if (was == null) {
        if (!column.nullable() && column.defaultValue() == null && !allowedDataLoss.contains(id)) {
          blocked.add(new Planner.Blocked(id, "a new NOT NULL column without a default fails on a table with "
              + "rows: give it a constant default with @ColumnDefault (fkguard then writes add column … "
              + "not null default …, which rewrites nothing), or add it nullable, backfill it and then "
              + "make it NOT NULL (fkguard then writes a NOT VALID check, validates it and sets NOT NULL); "
              + "or allow it with -Afkguard.allowDataLoss=" + id + " if the table is empty"));
          continue;
        }
        if (column.defaultValue() != null && Sql.isVolatile(column.defaultValue()) && !allowedDataLoss.contains(id)) {
          blocked.add(new Planner.Blocked(id, "the default " + column.defaultValue() + " is volatile, so adding the "
              + "column rewrites the table under an exclusive lock: add it nullable without a default, "
              + "backfill it in batches, then set the default and make it NOT NULL; or allow it with "
              + "-Afkguard.allowDataLoss=" + id));
          continue;
        }
        structure.add(table.name(), Sql.addColumn(table.name(), column), Sql.dropColumn(table.name(), column.name()));
      } else if (!was.type().equals(column.type()) || !Objects.equals(was.check(), column.check())) {
        // Only a change PostgreSQL makes in its catalog is safe; any other rewrites every row.
        if (Sql.isWidening(was.type(), column.type()) && Objects.equals(was.check(), column.check())) {
          structure.add(table.name(), Sql.alterType(table.name(), column), Sql.alterType(table.name(), was));
        } else if (allowedDataLoss.contains(id) || allowedDataLoss.contains(table.name())) {
          destructive.add(table.name(), Sql.alterType(table.name(), column), Sql.alterType(table.name(), was));
        } else {
          blocked.add(new Planner.Blocked(id, "the column changes from " + was.type() + " to " + column.type()
              + (Objects.equals(was.check(), column.check()) ? "" : " (or its check constraint)")
              + ", which rewrites the table under an exclusive lock and may fail or lose data: add a new "
              + "column of the new type, backfill it in batches, move the code to it and drop the old one "
              + "(only widening a varchar is safe in place); or allow it with -Afkguard.allowDataLoss=" + id));
        }
      }
      if (was != null && !Objects.equals(was.defaultValue(), column.defaultValue())) {
        // Setting or dropping a default changes the catalog only; rows keep their values.
        structure.add(table.name(), Sql.setDefault(table.name(), column.name(), column.defaultValue()),
            Sql.setDefault(table.name(), column.name(), was.defaultValue()));
      }
      if (was != null && was.nullable() && !column.nullable()) {
        continue; // see notNull()
      } else if (was != null && !was.nullable() && column.nullable()) {
        structure.add(table.name(), Sql.setNullable(table.name(), column.name(), true),
            Sql.setNullable(table.name(), column.name(), false));
      }
    }
    for (PgColumn was : old.columns()) {
      if (table.column(was.name()).isEmpty()) {
        String id = table.name() + "." + was.name();
        if (allowedDataLoss.contains(id) || allowedDataLoss.contains(table.name())) {
          destructive.add(table.name(), Sql.dropColumn(table.name(), was.name()), Sql.addColumn(table.name(), was));
        } else {
          blocked.add(new Planner.Blocked(id, "dropping the column loses its data; allow it with "
              + "-Afkguard.allowDataLoss=" + id));
        }
      }
    }
    if (!Objects.equals(old.primaryKey(), table.primaryKey())) {
      blocked.add(new Planner.Blocked(table.name(), "the primary key changes from " + old.primaryKey() + " to "
          + table.primaryKey() + "; fkguard does not rewrite primary keys: write that migration by hand"));
    }
  }
}
