package io.fkguard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading EXPLAIN (ANALYZE) text output, and the small statistics the benchmark reports. */
final class Explain {
  private static final Pattern EXECUTION_TIME = Pattern.compile("^\\s*Execution Time: ([0-9.]+) ms\\s*$");
  private static final Pattern TRIGGER =
      Pattern.compile("^\\s*Trigger for constraint (\\S+): time=([0-9.]+) calls=(\\d+)\\s*$");

  private Explain() {}

  /** The "Execution Time: … ms" line of EXPLAIN ANALYZE (it includes the time spent in triggers). */
  static double executionTimeMs(List<String> plan) {
    for (String line : plan) {
      Matcher m = EXECUTION_TIME.matcher(line);
      if (m.matches()) {
        return Double.parseDouble(m.group(1));
      }
    }
    throw new IllegalArgumentException("no Execution Time in plan:\n" + String.join("\n", plan));
  }

  /**
   * The time of the trigger that enforces {@code constraint}: on the referenced side of a foreign
   * key, EXPLAIN ANALYZE reports the RESTRICT / NO ACTION check as
   * "Trigger for constraint product_created_by_id_fkey: time=0.051 calls=1".
   */
  static OptionalDouble triggerTimeMs(List<String> plan, String constraint) {
    for (String line : plan) {
      Matcher m = TRIGGER.matcher(line);
      if (m.matches() && m.group(1).equals(constraint)) {
        return OptionalDouble.of(Double.parseDouble(m.group(2)));
      }
    }
    return OptionalDouble.empty();
  }

  /** Every "Trigger for constraint" line, as constraint name and time in ms. */
  static List<String[]> triggers(List<String> plan) {
    List<String[]> found = new ArrayList<>();
    for (String line : plan) {
      Matcher m = TRIGGER.matcher(line);
      if (m.matches()) {
        found.add(new String[] {m.group(1), m.group(2)});
      }
    }
    return found;
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Index of the value closest to the median: whose plan to show as the typical one. */
  static int medianIndex(List<Double> values) {
    double median = median(values);
    int best = 0;
    for (int i = 1; i < values.size(); i++) {
      if (Math.abs(values.get(i) - median) < Math.abs(values.get(best) - median)) {
        best = i;
      }
    }
    return best;
  }

  /** Milliseconds with three significant decimals for small values, fewer for large ones. */
  static String ms(double ms) {
    if (ms < 1) {
      return String.format(Locale.ROOT, "%.3f ms", ms);
    }
    if (ms < 100) {
      return String.format(Locale.ROOT, "%.2f ms", ms);
    }
    return String.format(Locale.ROOT, "%.0f ms", ms);
  }
}
