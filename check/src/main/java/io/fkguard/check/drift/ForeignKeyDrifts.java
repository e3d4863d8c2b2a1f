package io.fkguard.check.drift;

import io.fkguard.check.live.LiveConstraint;
import io.fkguard.check.model.ModelForeignKey;
import io.fkguard.check.model.ModelTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model's foreign keys against the catalog by name (columns, target, ON DELETE), and every
 * constraint of the model's tables still NOT VALID.
 */
final class ForeignKeyDrifts {
  private ForeignKeyDrifts() {}

  static void compare(Context cx) {
    for (ModelForeignKey fk : cx.model.foreignKeys()) {
      Optional<LiveConstraint> live = cx.live.constraint(cx.resolve(fk.table()), fk.name()).filter(c -> c.type() == 'f');
      String arrow = fk.table() + " " + Fixes.columns(fk.columns()) + " -> " + fk.target() + " "
          + Fixes.columns(fk.targetColumns());
      if (live.isEmpty()) {
        cx.add(DriftKind.MISSING_FOREIGN_KEY, fk.table(), fk.name(), "Foreign key " + fk.name() + " " + arrow
            + " of the model is not in the database.", Fixes.addConstraint(fk.table(), fk.name(), fk.definition()));
        continue;
      }
      List<String> differences = new ArrayList<>();
      LiveConstraint c = live.get();
      if (!c.columns().equals(fk.columns())) {
        differences.add("its columns are " + Fixes.columns(c.columns()) + " in the database");
      }
      if (!c.target().equals(cx.resolve(fk.target())) || !c.targetColumns().equals(fk.targetColumns())) {
        differences.add("it references " + cx.display(c.target()) + " " + Fixes.columns(c.targetColumns())
            + " in the database");
      }
      if (!c.onDelete().equals(fk.onDelete())) {
        differences.add("its ON DELETE action is " + c.onDelete().toUpperCase(java.util.Locale.ROOT)
            + " in the database, " + fk.onDelete().toUpperCase(java.util.Locale.ROOT) + " in the model");
      }
      if (!differences.isEmpty()) {
        cx.add(DriftKind.FOREIGN_KEY_DIFFERS, fk.table(), fk.name(), "Foreign key " + fk.name() + " " + arrow
            + " differs: " + String.join("; ", differences) + ".",
            Fixes.replaceConstraint(fk.table(), fk.name(), fk.definition()));
      }
    }
    for (ModelTable table : cx.model.tables()) {
      for (LiveConstraint c : cx.live.constraints()) {
        if (c.table().equals(cx.resolve(table.name())) && !c.validated()) {
          cx.add(DriftKind.NOT_VALID_CONSTRAINT, table.name(), c.name(), (c.type() == 'f' ? "Foreign key " : "Check constraint ")
              + c.name() + " on " + table.name() + " is NOT VALID: rows written before it was added were never"
              + " checked (its VALIDATE migration did not run). VALIDATE scans the table without blocking writes.",
              Fixes.validate(table.name(), c.name()));
        }
      }
    }
  }
}
