package io.fkguard.check;

import io.fkguard.check.drift.Drift;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of one check: every drift in report order.
 *
 * @param database the database as a JDBC URL without its parameters (never a password)
 * @param model where the model was read from
 * @param counts what the model holds, for the clean verdict: {@code 4 tables, 10 indexes, 5 foreign keys}
 */
public record CheckReport(String database, String model, String counts, List<Drift> drifts) {

  public CheckReport {
    drifts = List.copyOf(drifts);
  }

  /** True when nothing but information was found. */
  public boolean isClean() {
    return driftCount() == 0;
  }

  public long driftCount() {
    return drifts.stream().filter(d -> d.kind().isDrift()).count();
  }

  /** One line when clean; otherwise a headline, then each drift with its fix. */
  public String text() {
    StringBuilder out = new StringBuilder("fkguard check: ").append(database);
    long notes = drifts.size() - driftCount();
    if (isClean()) {
      out.append(" matches ").append(model).append(" (").append(counts).append("): no drift");
    } else {
      out.append(" differs from ").append(model).append(": ").append(driftCount())
          .append(driftCount() == 1 ? " drift" : " drifts");
    }
    out.append(notes == 0 ? "" : ", " + notes + (notes == 1 ? " note" : " notes")).append('\n');
    for (Drift d : drifts) {
      out.append("[").append(d.kind().id).append("] ").append(d.table()).append(' ').append(d.object())
          .append(d.kind().isDrift() ? "" : " (information)").append('\n')
          .append("  ").append(d.message()).append('\n');
      d.fix().forEach(f -> out.append("  fix: ").append(f).append('\n'));
    }
    return out.toString();
  }

  /** One JSON object per drift and note, one per line; nothing when clean. */
  public String jsonLines() {
    StringBuilder out = new StringBuilder();
    for (Drift d : drifts) {
      out.append("{\"kind\":").append(json(d.kind().id)).append(",\"drift\":").append(d.kind().isDrift())
          .append(",\"table\":").append(json(d.table())).append(",\"object\":").append(json(d.object()))
          .append(",\"message\":").append(json(d.message())).append(",\"fix\":[")
          .append(d.fix().stream().map(CheckReport::json).collect(Collectors.joining(","))).append("]}\n");
    }
    return out.toString();
  }

  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
