package io.fkguard.sample.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.check.CheckReport;
import io.fkguard.check.FkguardCheck;
import io.fkguard.check.spring.CheckHealthIndicator;
import io.fkguard.check.spring.StartupCheck;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * fkguard check in the app: the auto-configured startup check ran after Flyway and found the
 * migrated database identical to the committed db/schema.sql; the test assertion agrees; the
 * health indicator is UP, goes DOWN naming the drift while an index is missing, and UP again.
 */
@SpringBootTest
class LiveSchemaCheckTest {
  @Autowired StartupCheck startupCheck;
  @Autowired CheckHealthIndicator health;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theStartupCheckRanAfterFlywayAndFoundNoDrift() {
    CheckReport report = startupCheck.report().orElseThrow(() -> new AssertionError("the startup check did not run"));
    assertEquals(List.of(), report.drifts(), report.text());
    assertEquals("classpath:db/schema.sql", report.model());
    assertTrue(report.text().endsWith(" matches classpath:db/schema.sql (4 tables, 10 indexes, 5 foreign keys,"
        + " 4 sequences): no drift\n"), report.text());
  }

  @Test
  void theTestAssertionPassesOnTheAppsDatabase() {
    assertTrue(FkguardCheck.assertDatabaseMatches(dataSource).isClean());
  }

  @Test
  void theHealthIndicatorReportsDriftWhileAnIndexIsMissing() {
    assertEquals(Status.UP, health.health().getStatus());
    jdbc.execute("drop index review_author_idx");
    try {
      Health down = health.health();
      assertEquals(Status.DOWN, down.getStatus());
      Map<String, Object> details = down.getDetails();
      assertEquals(2L, details.get("drifts"));
      assertEquals("create index concurrently review_author_idx on review (author_id);",
          details.get("MissingIndex review review_author_idx"));
    } finally {
      jdbc.execute("create index review_author_idx on review (author_id)");
      jdbc.execute("comment on index review_author_idx is 'deleting a user checks ON DELETE RESTRICT against this column'");
    }
    assertEquals(Status.UP, health.health().getStatus());
  }
}
