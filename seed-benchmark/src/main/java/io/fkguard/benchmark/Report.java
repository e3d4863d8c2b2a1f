package io.fkguard.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown written to results.md and printed: headline table first, evidence below it. */
record Report(
    int rows,
    int repeats,
    String server,
    Map<String, String> machine,
    Map<String, String> data,
    Map<String, Double> timingsS,
    String createdByDef,
    String partialDef,
    long fullBytes,
    String fullSize,
    long partialBytes,
    String partialSize,
    long partialRebuiltBytes,
    String partialRebuiltSize,
    String checkQuery,
    List<String> checkWith,
    List<String> checkWithout,
    SeedBenchmark.Deletes with,
    SeedBenchmark.Deletes without) {

  static final String COMMAND = "./mvnw -B -q -pl seed-benchmark -am verify -Pseed-benchmark";

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Seed benchmark results\n\n");
    md.append("Produced by `").append(COMMAND).append("` (see `seed-benchmark/README.md`) on ")
        .append(machine.get("date")).append("; total runtime @TOTAL@ (an embedded server's start included).\n")
        .append(String.format(Locale.ROOT, "%,d", rows))
        .append(" products loaded into the sample app's generated `schema.sql`; timings are medians of ")
        .append(repeats).append(" runs after one warm-up run (warm cache).\n\n");

    md.append("## Next to the seed's claims\n\n");
    md.append(headline());

    md.append("\n## Machine\n\n| | |\n|---|---|\n");
    machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));

    md.append("\n## Data\n\n| | |\n|---|---|\n");
    data.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\nIndexes as the schema creates them:\n\n```sql\n").append(createdByDef).append(";\n")
        .append(partialDef).append(";\n```\n");

    md.append("\n## The FK check's query\n\n")
        .append("Deleting a user makes PostgreSQL look for a referencing product, with a query equivalent to\n`")
        .append(checkQuery).append("`. Its plan (EXPLAIN ANALYZE, BUFFERS), with `product_created_by_idx`:\n\n")
        .append(block(checkWith))
        .append("\nand without it:\n\n").append(block(checkWithout));

    md.append("\n## The DELETE's plans\n\n")
        .append("`EXPLAIN (ANALYZE, BUFFERS) delete from app_user where id = ").append(SeedBenchmark.IDLE_USER)
        .append("` in a rolled-back transaction. The plan shows only the delete of the user row; the FK checks")
        .append(" run afterwards as triggers and appear as `Trigger for constraint …: time=…` lines,")
        .append(" included in the Execution Time. The run closest to the median, with the index:\n\n")
        .append(block(with.typicalPlan()))
        .append("\nwithout it:\n\n").append(block(without.typicalPlan()));

    md.append("\n## Every run (ms)\n\n| | with the index | without |\n|---|---|---|\n")
        .append("| FK check (trigger time) | ").append(list(with.triggerMs())).append(" | ")
        .append(list(without.triggerMs())).append(" |\n")
        .append("| Execution Time | ").append(list(with.executionMs())).append(" | ")
        .append(list(without.executionMs())).append(" |\n")
        .append("| JDBC round trip (plain DELETE) | ").append(list(with.roundTripMs())).append(" | ")
        .append(list(without.roundTripMs())).append(" |\n");

    md.append("\n## Steps (s)\n\n| step | time |\n|---|---|\n");
    timingsS.forEach((k, v) ->
        md.append("| ").append(k).append(" | ").append(String.format(Locale.ROOT, "%.1f s", v)).append(" |\n"));
    return md.toString();
  }

  /** The table the project README quotes. */
  String headline() {
    double saved = 100.0 * (1 - (double) partialBytes / fullBytes);
    double triggerWith = Explain.median(with.triggerMs());
    double triggerWithout = Explain.median(without.triggerMs());
    StringBuilder t = new StringBuilder();
    t.append("| Measure (").append(String.format(Locale.ROOT, "%,d", rows))
        .append(" products, 99.9 % of `last_edited_by_id` NULL) | The seed claims | Measured here |\n")
        .append("|---|---|---|\n")
        .append("| Full index on `product (last_edited_by_id)`, built after the load | ~6.4 MB | **")
        .append(fullSize).append("** (").append(bytes(fullBytes)).append(") |\n")
        .append("| Partial index `product_last_edited_by_part_idx` (`WHERE last_edited_by_id IS NOT NULL`), as the load left it | ~32 KB | **")
        .append(partialSize).append("** (").append(bytes(partialBytes)).append(") |\n")
        .append("| The same partial index built after the load | ~32 KB | **")
        .append(partialRebuiltSize).append("** (").append(bytes(partialRebuiltBytes)).append(") |\n")
        .append("| Space saved by the partial index | 99.5 % | **")
        .append(String.format(Locale.ROOT, "%.2f %%", saved)).append("** |\n")
        .append("| Delete a user who has no products: FK check on `created_by_id` (`Trigger for constraint product_created_by_id_fkey`), WITH `product_created_by_idx` | index needed for deletes (no figure) | **")
        .append(Explain.ms(triggerWith)).append("** (").append(scan(checkWith)).append(") |\n")
        .append("| The same FK check WITHOUT `product_created_by_idx` | — | **")
        .append(Explain.ms(triggerWithout)).append("** (").append(scan(checkWithout)).append(", ")
        .append(String.format(Locale.ROOT, "%,.0f×", triggerWithout / triggerWith)).append(" slower) |\n")
        .append("| Whole DELETE, EXPLAIN ANALYZE Execution Time, with / without the index | — | ")
        .append(Explain.ms(Explain.median(with.executionMs()))).append(" / ")
        .append(Explain.ms(Explain.median(without.executionMs()))).append(" |\n")
        .append("| Plain DELETE as the client sees it (JDBC round trip), with / without the index | — | ")
        .append(Explain.ms(Explain.median(with.roundTripMs()))).append(" / ")
        .append(Explain.ms(Explain.median(without.roundTripMs()))).append(" |\n");
    return t.toString();
  }

  /** "Bitmap Index Scan on product_created_by_idx, buffers shared hit=2" from the FK check query's plan. */
  private static String scan(List<String> plan) {
    String node = plan.stream().filter(l -> l.contains(" Scan ")).reduce((first, last) -> last).orElse("?");
    node = node.replaceFirst("^\\s*(->\\s*)?", "").replaceFirst("\\s*\\(cost.*$", "");
    String buffers = plan.stream().filter(l -> l.trim().startsWith("Buffers:")).findFirst()
        .map(l -> l.trim().substring("Buffers: ".length())).orElse("");
    return buffers.isEmpty() ? node : node + ", buffers " + buffers;
  }

  private static String bytes(long bytes) {
    String binary = bytes >= 1 << 20
        ? String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0)
        : String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%,d bytes = %s = %,d pages of 8 KiB", bytes, binary, bytes / 8192);
  }

  private static String block(List<String> plan) {
    return "```\n" + String.join("\n", plan) + "\n```\n";
  }

  private static String list(List<Double> values) {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(", "));
  }
}
