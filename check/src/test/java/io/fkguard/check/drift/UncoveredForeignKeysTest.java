package io.fkguard.check.drift;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.check.live.LiveIndex;
import io.fkguard.check.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which live indexes serve a foreign key, predicates as pg_get_expr prints them. */
class UncoveredForeignKeysTest {
  private static final List<String> FK = List.of("a_id", "b_id");

  @Test
  void aPredicateServesOnlyWhenItIsImpliedByTheKeyBeingNotNull() {
    assertTrue(UncoveredForeignKeys.impliedByNotNull(null, FK));
    assertTrue(UncoveredForeignKeys.impliedByNotNull("a_id IS NOT NULL", FK));
    assertTrue(UncoveredForeignKeys.impliedByNotNull("a_id IS NOT NULL AND b_id IS NOT NULL", FK));
    assertTrue(UncoveredForeignKeys.impliedByNotNull("(a_id IS NOT NULL) AND (b_id IS NOT NULL)", FK));
    assertFalse(UncoveredForeignKeys.impliedByNotNull("c IS NOT NULL", FK));
    assertFalse(UncoveredForeignKeys.impliedByNotNull("a_id IS NOT NULL OR b_id IS NOT NULL", FK));
    assertFalse(UncoveredForeignKeys.impliedByNotNull("a_id IS NOT NULL AND deleted = false", FK));
    assertFalse(UncoveredForeignKeys.impliedByNotNull("a_id IS NULL", FK));
  }

  @Test
  void anIndexServesWhenItsLeadingColumnsAreTheKeysInAnyOrderAndItIsValid() {
    assertTrue(UncoveredForeignKeys.serves(index(List.of("b_id", "a_id", "c"), true, "btree"), FK));
    assertFalse(UncoveredForeignKeys.serves(index(List.of("a_id", "c", "b_id"), true, "btree"), FK));
    assertFalse(UncoveredForeignKeys.serves(index(List.of("a_id", "b_id"), false, "btree"), FK));
    assertFalse(UncoveredForeignKeys.serves(index(List.of("a_id", "b_id"), true, "hash"), FK));
    assertFalse(UncoveredForeignKeys.serves(index(List.of("a_id"), true, "btree"), FK));
  }

  private static LiveIndex index(List<String> columns, boolean valid, String method) {
    return new LiveIndex(new QualifiedName("public", "t"), "i", columns, false, valid, method, false, null, null,
        8192, "8192 bytes", 0L, "create index i on t");
  }
}
