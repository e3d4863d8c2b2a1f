package io.fkguard.sample.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app boots on a real PostgreSQL: Flyway applies the committed migrations (with its
 * transactional lock off) and Hibernate validates the mapping against the result. The context
 * would not start if either failed, so these assertions pin down that both really ran.
 */
@SpringBootTest
class AppBootTest {
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment environment;
  @Autowired ForeignKeyReport report;

  @Test
  void flywayAppliedEveryCommittedMigration() {
    assertEquals(List.of("1", "2", "3", "4"), jdbc.queryForList(
        "select version from flyway_schema_history where success order by installed_rank",
        String.class));
    assertEquals(0, jdbc.queryForObject(
        "select count(*) from flyway_schema_history where not success", Integer.class));
  }

  @Test
  void hibernateValidatedTheSchemaAndFlywayRanWithoutItsTransactionalLock() {
    assertEquals("validate", environment.getProperty("spring.jpa.hibernate.ddl-auto"));
    assertEquals("false", environment.getProperty("spring.flyway.postgresql.transactional-lock"));
  }

  @Test
  void everyForeignKeyIsServedByTheIndexItsDecisionNames() {
    List<String> served = report.rows().stream()
        .map(r -> r.table() + "(" + r.columns() + ") " + r.index() + " " + r.kind())
        .toList();
    assertEquals(List.of(
        "product(category_id) product_category_sort_order_uk unique constraint",
        "product(created_by_id) product_created_by_idx b-tree index",
        "product(last_edited_by_id) product_last_edited_by_part_idx partial, where (last_edited_by_id IS NOT NULL)",
        "review(author_id) review_author_idx b-tree index",
        "review(product_id) review_product_idx b-tree index"), served);
  }
}
