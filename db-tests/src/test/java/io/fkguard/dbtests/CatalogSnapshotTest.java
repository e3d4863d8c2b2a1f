package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one normalisation the catalog comparison makes to check constraints. */
class CatalogSnapshotTest {

  @Test
  void topLevelConjunctsAreSorted() {
    assertEquals("CHECK (((age <= 150) AND (age >= 0)))",
        CatalogSnapshot.conjunctsSorted("CHECK (((age >= 0) AND (age <= 150)))"));
    assertEquals(CatalogSnapshot.conjunctsSorted("CHECK (((a > 1) AND (b > 2) AND (c > 3)))"),
        CatalogSnapshot.conjunctsSorted("CHECK (((c > 3) AND (a > 1) AND (b > 2)))"));
  }

  @Test
  void otherChecksAreKeptAsPrinted() {
    String or = "CHECK ((((dtype)::text <> 'Disk'::text) OR (artist_id IS NOT NULL)))";
    assertEquals(or, CatalogSnapshot.conjunctsSorted(or));
    String single = "CHECK ((rank >= 1))";
    assertEquals(single, CatalogSnapshot.conjunctsSorted(single));
    // An AND below an OR is not a top-level conjunct.
    String nested = "CHECK ((((b > 1) AND (a > 1)) OR (c > 1)))";
    assertEquals(nested, CatalogSnapshot.conjunctsSorted(nested));
  }
}
