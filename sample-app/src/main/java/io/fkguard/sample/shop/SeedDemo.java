package io.fkguard.sample.shop;

import io.fkguard.check.spring.StartupCheck;
import io.fkguard.sample.SqlLog;
import io.fkguard.sample.catalog.AppUser;
import io.fkguard.sample.catalog.Category;
import io.fkguard.sample.catalog.Product;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the run command shows: the migrations Flyway applied, the seed's {@code edit} with the
 * lock SQL Hibernate sent, the sort-order rule mapped through the generated constraint name,
 * and every foreign key with its serving index and live size.
 */
@Component
public class SeedDemo {
  private final DemoData data;
  private final ProductService service;
  private final ProductRepository products;
  private final CategoryRepository categories;
  private final UserRepository users;
  private final ForeignKeyReport report;
  private final SqlLog sql;
  private final JdbcTemplate jdbc;
  private final int productCount;
  private final ObjectProvider<StartupCheck> check;

  public SeedDemo(DemoData data, ProductService service, ProductRepository products,
      CategoryRepository categories, UserRepository users, ForeignKeyReport report, SqlLog sql,
      JdbcTemplate jdbc, @Value("${sample.products:100000}") int productCount,
      ObjectProvider<StartupCheck> check) {
    this.data = data;
    this.service = service;
    this.products = products;
    this.categories = categories;
    this.users = users;
    this.report = report;
    this.sql = sql;
    this.jdbc = jdbc;
    this.productCount = productCount;
    this.check = check;
  }

  public void run(PrintStream out) {
    out.println();
    out.println("== " + jdbc.queryForObject("select version()", String.class));
    out.println();
    out.println("== Flyway applied the migrations fkguard generated (Hibernate then validated the mapping against them):");
    for (Map<String, Object> row : jdbc.queryForList(
        "select version, description, success from flyway_schema_history order by installed_rank")) {
      out.printf("  V%-3s %-32s %s%n", row.get("version"), row.get("description"),
          Boolean.TRUE.equals(row.get("success")) ? "ok" : "FAILED");
    }
    out.println();
    out.println("== fkguard check at startup, after Flyway: the live database against the committed db/schema.sql");
    out.print(check.stream().findFirst().flatMap(StartupCheck::report)
        .map(r -> r.text().indent(2)).orElse("  (did not run: fkguard.check.enabled is not true)\n"));

    if (data.empty()) {
      long start = System.nanoTime();
      DemoData.People people = data.load(productCount);
      data.analyze();
      out.printf("%n== Loaded %,d products (0.1 %% ever edited) in %.1f s%n", productCount,
          (System.nanoTime() - start) / 1e9);
      story(out, people);
      out.printf("%n== The seed's partial index: product_last_edited_by_part_idx is %s; a full index on"
          + " product (last_edited_by_id) would be %s (built for comparison, rolled back)%n",
          ForeignKeyReport.size(jdbc.queryForObject(
              "select pg_relation_size('product_last_edited_by_part_idx')", Long.class)),
          ForeignKeyReport.size(data.fullLastEditedByIndexBytes()));
    } else {
      out.printf("%n== The catalog already has %,d products: nothing loaded, nothing edited%n",
          products.count());
    }

    out.println();
    out.println("== Every foreign key and the index that serves it (live from pg_catalog):");
    out.print(ForeignKeyReport.format(report.rows()));
  }

  /** The seed's edit, refused and allowed, and the sort-order rule. */
  private void story(PrintStream out, DemoData.People people) {
    Product first = products.findAll(PageRequest.of(0, 1, Sort.by("id"))).getContent().get(0);
    out.println();
    out.println("== ProductService.edit (the seed's edit): product " + first.getId() + " ('"
        + first.getName() + "') was created by " + people.superuser().getUsername()
        + ", a superuser");
    try {
      service.edit(first.getId(), "renamed", "by a plain user", people.editor());
      out.println("  editor: allowed (unexpected!)");
    } catch (NotAllowed e) {
      out.println("  editor -> NotAllowed: " + e.getMessage());
    }
    Product edited = service.edit(first.getId(), "renamed", "by the superuser", people.superuser());
    out.println("  admin  -> edited: " + edited.getName() + " / " + edited.getDescription());
    List<String> locks = sql.containing("for no key update");
    out.println("  the lock query Hibernate sent (only the product row is locked; rows referencing it can still be inserted):");
    out.println("    " + (locks.isEmpty() ? "(none recorded)" : locks.get(locks.size() - 1)));

    Category category = categories.findAll(Sort.by("id")).get(0);
    AppUser author = users.findById(people.editor().getId()).orElseThrow();
    try {
      service.add(category, 0, "duplicate", "sort order 0 is taken", author);
      out.println("  add at a taken sort order: accepted (unexpected!)");
    } catch (SortOrderTaken e) {
      out.println("  add at a taken sort order -> SortOrderTaken: " + e.getMessage()
          + " (recognised by Db.Product.PRODUCT_CATEGORY_SORT_ORDER_UK)");
    }
  }
}
