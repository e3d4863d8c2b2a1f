package io.fkguard.processor.render;

import io.fkguard.processor.model.Coverage;
import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import java.util.ArrayList;
import java.util.List;

/** The human-readable table of every foreign key and its index decision ({@code -Afkguard.summary=true}). */
public final class Summary {
  private static final String NO_DECISION = "NO DECISION";
  private static final String CONFLICTING = "CONFLICTING DECISIONS";

  private Summary() {}

  public static String of(Schema schema) {
    List<String[]> rows = new ArrayList<>();
    int fks = 0;
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        fks++;
        rows.add(new String[] {
            table.qualifiedName() + Identifiers.columnList(fk.columns()),
            fk.targetTable() + Identifiers.columnList(fk.targetColumns())
                + (fk.onDelete().sql() == null ? "" : " on delete " + fk.onDelete().sql()),
            decision(table, fk)});
      }
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < 3; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    long decided = schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
        .filter(fk -> fk.decisions().size() == 1).count();
    long undecided = rows.stream().filter(r -> r[2].equals(NO_DECISION) || r[2].equals(CONFLICTING)).count();
    String decisions = decided == fks ? "every one with an index decision"
        : decided + " with an index decision, " + (fks - decided - undecided)
            + " covered by an index without one, " + undecided + " without a decision";
    StringBuilder out = new StringBuilder("fkguard: " + schema.tables().size() + " tables, " + fks
        + " foreign keys, " + decisions + "\n");
    for (String[] row : rows) {
      out.append(String.format("  %-" + widths[0] + "s -> %-" + widths[1] + "s  %s%n", row[0], row[1], row[2]));
    }
    return out.toString().replace("\r\n", "\n").stripTrailing();
  }

  private static String decision(Table table, ForeignKey fk) {
    if (fk.decisions().size() == 1) {
      IndexDecision d = fk.decisions().get(0);
      String reason = d.reason() == null ? "" : " (" + d.reason() + ")";
      return switch (d.kind()) {
        case INDEXED_BY -> "@IndexedBy " + d.name() + reason;
        case COVERED_BY_UNIQUE -> "@CoveredByUnique " + d.name();
        case PARTIAL_INDEX -> "@PartialIndex " + d.name() + " WHERE "
            + DecisionIndexes.create(fk, List.of()).map(Index::where).orElse("?") + reason;
        case NOT_INDEXED -> "@NotIndexed" + reason;
      };
    }
    return Coverage.servingIndex(table, fk)
        .map(i -> "covered by " + i.describe())
        .orElse(fk.decisions().isEmpty() ? NO_DECISION : CONFLICTING);
  }
}
