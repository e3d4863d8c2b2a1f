package io.fkguard.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke test of the benchmark's pure helpers; the benchmark itself runs only with -Pseed-benchmark. */
class ExplainTest {
  private static final List<String> PLAN = List.of(
      "Delete on app_user  (cost=0.15..8.17 rows=0 width=0) (actual time=0.030..0.031 rows=0 loops=1)",
      "  Buffers: shared hit=4",
      "  ->  Index Scan using app_user_pkey on app_user  (cost=0.15..8.17 rows=1 width=6) (actual time=0.012..0.013 rows=1 loops=1)",
      "        Index Cond: (id = 301)",
      "Planning Time: 0.061 ms",
      "Trigger for constraint product_created_by_id_fkey: time=61.432 calls=1",
      "Trigger for constraint product_last_edited_by_id_fkey: time=0.040 calls=1",
      "Execution Time: 61.552 ms");

  @Test
  void readsExecutionAndTriggerTimes() {
    assertEquals(61.552, Explain.executionTimeMs(PLAN));
    assertEquals(61.432, Explain.triggerTimeMs(PLAN, "product_created_by_id_fkey").getAsDouble());
    assertEquals(0.040, Explain.triggerTimeMs(PLAN, "product_last_edited_by_id_fkey").getAsDouble());
    assertTrue(Explain.triggerTimeMs(PLAN, "review_author_id_fkey").isEmpty());
    assertEquals(2, Explain.triggers(PLAN).size());
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, Explain.median(List.of(9.0, 1.0, 2.0)));
    assertEquals(2.5, Explain.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(2, Explain.medianIndex(List.of(9.0, 1.0, 2.0)));
  }
}
