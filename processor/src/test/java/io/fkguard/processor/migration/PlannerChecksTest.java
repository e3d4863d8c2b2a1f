package io.fkguard.processor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.catalog.PgColumn;
import io.fkguard.processor.catalog.PgTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Table checks migrate like foreign keys: dropped first, added NOT VALID, validated later. */
class PlannerChecksTest {
  private static Catalog item(Map<String, String> checks, PgColumn... more) {
    List<PgColumn> columns = new ArrayList<>(List.of(new PgColumn("id", "bigint", false, null),
        new PgColumn("dtype", "varchar(31)", false, null)));
    columns.addAll(List.of(more));
    Catalog catalog = Catalog.empty();
    catalog.tables().put("item", new PgTable("item", columns, "item_pkey", List.of("id"), new TreeMap<>(checks)));
    return catalog;
  }

  @Test
  void aNewSubclassReplacesTheDiscriminatorCheckWithoutALongLock() {
    Planner.Plan plan = Planner.plan(
        item(Map.of("item_dtype_check", "dtype in ('Item')")),
        item(Map.of("item_dtype_check", "dtype in ('Item','Book')")), Set.of());
    assertEquals(List.of(), plan.blocked());
    assertEquals(3, plan.steps().size(), plan.steps().toString());
    assertEquals(List.of("alter table item drop constraint item_dtype_check;"), plan.steps().get(0).forward());
    assertEquals(List.of("alter table item add constraint item_dtype_check check (dtype in ('Item')) not valid;",
        "alter table item validate constraint item_dtype_check;"), plan.steps().get(0).reverse());
    assertEquals(List.of("alter table item add constraint item_dtype_check check (dtype in ('Item','Book')) not valid;"),
        plan.steps().get(1).forward());
    assertEquals(List.of("alter table item validate constraint item_dtype_check;"), plan.steps().get(2).forward());
  }

  @Test
  void unchangedChecksGiveNoMigration() {
    Map<String, String> checks = Map.of("item_dtype_check", "dtype in ('Item','Book')");
    assertEquals(List.of(), Planner.plan(item(checks), item(checks), Set.of()).steps());
  }

  @Test
  void snapshotKeepsChecks() {
    Catalog p = item(Map.of("item_dtype_check", "dtype in ('Item','Book')"));
    assertEquals(p, Snapshot.read(Snapshot.write(p)).catalog());
  }

  private static Catalog itemWithCode(boolean nullable) {
    return item(Map.of(), new PgColumn("code", "varchar(20)", nullable, null));
  }

  /** A NOT VALID check, its validation, then set not null: never a scan under an exclusive lock. */
  @Test
  void makingAColumnNotNullGoesThroughAValidatedCheck() {
    Planner.Plan plan = Planner.plan(itemWithCode(true), itemWithCode(false), Set.of());
    assertEquals(List.of(), plan.blocked());
    assertEquals(List.of("constraints_item", "validate_not_null_item", "set_not_null_item"),
        plan.steps().stream().map(Step::description).toList());
    assertEquals(List.of("alter table item alter column code set not null;",
        "alter table item drop constraint item_code_not_null;"), plan.steps().get(2).forward());
    assertEquals(true, plan.steps().stream().allMatch(Step::transactional));
  }

  @Test
  void droppingNotNullIsSafe() {
    Planner.Plan plan = Planner.plan(itemWithCode(false), itemWithCode(true), Set.of());
    assertEquals(List.of(), plan.blocked());
    assertEquals(List.of("alter table item alter column code drop not null;"), plan.steps().get(0).forward());
  }
}
