package io.fkguard.check.drift;

import java.util.Comparator;
import java.util.List;

/**
 * One difference between the model and the live database.
 *
 * @param table the table it concerns, as SQL ({@code product}, {@code sales.invoice})
 * @param object the index, constraint, column or sequence it names (the table for a table)
 * @param message what is wrong, naming every object, in one sentence
 * @param fix the SQL that repairs it, statement by statement, safe to run on a live primary
 *     (CONCURRENTLY, NOT VALID then VALIDATE) unless the message says otherwise
 */
public record Drift(DriftKind kind, String table, String object, String message, List<String> fix) {

  /** Report order: by kind (see {@link DriftKind}), then table, then object. */
  public static final Comparator<Drift> ORDER = Comparator.comparing(Drift::kind)
      .thenComparing(Drift::table).thenComparing(Drift::object);

  public Drift {
    fix = List.copyOf(fix);
  }
}
