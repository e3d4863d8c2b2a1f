package io.fkguard.check.drift;

import io.fkguard.check.live.LiveCatalog;
import io.fkguard.check.live.LiveSession;
import io.fkguard.check.model.QualifiedName;
import io.fkguard.check.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/** What every comparison sees: the model, the live session, and the drifts found so far. */
final class Context {
  final SchemaModel model;
  final LiveSession session;
  final LiveCatalog live;
  private final List<Drift> drifts = new ArrayList<>();

  Context(SchemaModel model, LiveSession session) {
    this.model = model;
    this.session = session;
    this.live = session.catalog();
  }

  /** A model name as the catalog has it: an unqualified name lives in the current schema. */
  QualifiedName resolve(QualifiedName modelName) {
    return modelName.resolve(live.defaultSchema());
  }

  boolean tableExists(QualifiedName modelTable) {
    return live.tables().containsKey(resolve(modelTable));
  }

  /**
   * A catalog name as the model would write it: unqualified when it is in the current schema, so
   * messages and fixes read like the committed schema.sql.
   */
  QualifiedName display(QualifiedName liveName) {
    return liveName.schema() != null && liveName.schema().equals(live.defaultSchema())
        ? new QualifiedName(null, liveName.name()) : liveName;
  }

  void add(DriftKind kind, QualifiedName table, String object, String message, String... fix) {
    drifts.add(new Drift(kind, table.sql(), object, message, List.of(fix)));
  }

  List<Drift> drifts() {
    return drifts.stream().sorted(Drift.ORDER).toList();
  }
}
