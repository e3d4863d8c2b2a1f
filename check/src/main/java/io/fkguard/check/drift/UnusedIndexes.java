package io.fkguard.check.drift;

import io.fkguard.check.live.LiveIndex;
import io.fkguard.check.model.ModelIndex;
import java.util.Optional;

/**
 * Information, never drift: indexes the model decided (not primary keys or unique constraints,
 * which enforce something whether read or not) that {@code pg_stat_user_indexes} says were never
 * scanned since the statistics were last reset. On a replica-served or young database that
 * proves little, hence information.
 */
final class UnusedIndexes {
  private UnusedIndexes() {}

  static void compare(Context cx) {
    for (ModelIndex index : cx.model.indexes()) {
      if (index.constraint()) {
        continue;
      }
      Optional<LiveIndex> live = cx.live.index(cx.resolve(index.table()), index.name())
          .filter(i -> i.valid() && i.scans() != null && i.scans() == 0);
      live.ifPresent(i -> cx.add(DriftKind.UNUSED_INDEX, index.table(), index.name(), "Index " + index.name()
          + " on " + index.table() + " " + Fixes.columns(index.columns()) + " has not been scanned since the"
          + " statistics were reset (pg_stat_user_indexes.idx_scan = 0); it takes " + i.size()
          + ". Information only: if its decision's reason no longer holds, change the decision in the entity."));
    }
  }
}
