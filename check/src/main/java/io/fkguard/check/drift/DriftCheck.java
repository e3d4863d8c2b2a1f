package io.fkguard.check.drift;

import io.fkguard.check.live.LiveSession;
import io.fkguard.check.model.SchemaModel;
import java.util.List;

/** Every comparison, in one pass over one read-only session. */
public final class DriftCheck {
  private DriftCheck() {}

  /** The drifts between {@code model} and the session's database, in report order. */
  public static List<Drift> compare(SchemaModel model, LiveSession session, boolean includeUnused) {
    Context cx = new Context(model, session);
    TableDrifts.compare(cx);
    IndexDrifts.compare(cx);
    ExtraIndexes.compare(cx);
    ForeignKeyDrifts.compare(cx);
    UncoveredForeignKeys.compare(cx);
    if (includeUnused) {
      UnusedIndexes.compare(cx);
    }
    return cx.drifts();
  }
}
