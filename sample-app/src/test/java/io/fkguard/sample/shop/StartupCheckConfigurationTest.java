package io.fkguard.sample.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.check.spring.CheckHealthIndicator;
import io.fkguard.check.spring.FkguardCheckAutoConfiguration;
import io.fkguard.check.spring.StartupCheck;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configuration's switches, on a database that has drifted (the committed schema.sql
 * without review_author_idx): off unless enabled; enabled, it reports; with fail-on-drift the
 * context does not start and the failure is the report.
 */
class StartupCheckConfigurationTest {
  private static EmbeddedPostgres postgres;
  private static DataSource drifted;

  @BeforeAll
  static void driftedDatabase() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().start();
    drifted = postgres.getPostgresDatabase();
    String schema;
    try (InputStream in = StartupCheckConfigurationTest.class.getResourceAsStream("/db/schema.sql")) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = drifted.getConnection(); Statement s = c.createStatement()) {
      s.execute(schema);
      s.execute("drop index review_author_idx");
    }
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FkguardCheckAutoConfiguration.class))
      .withBean(DataSource.class, () -> drifted);

  @Test
  void offUnlessEnabled() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(StartupCheck.class);
      assertThat(context).doesNotHaveBean(CheckHealthIndicator.class);
    });
  }

  @Test
  void enabledItReportsTheDriftAndStillStarts() {
    runner.withPropertyValues("fkguard.check.enabled=true").run(context -> {
      assertThat(context).hasNotFailed();
      List<String> found = context.getBean(StartupCheck.class).report().orElseThrow().drifts().stream()
          .map(d -> d.kind().id + " " + d.object()).toList();
      assertEquals(List.of("MissingIndex review_author_idx", "ForeignKeyWithoutIndex review_author_id_fkey"), found);
      assertThat(context).hasSingleBean(CheckHealthIndicator.class);
    });
  }

  @Test
  void failOnDriftStopsTheStartWithTheReport() {
    runner.withPropertyValues("fkguard.check.enabled=true", "fkguard.check.fail-on-drift=true").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("differs from classpath:db/schema.sql: 2 drifts")
          .hasMessageContaining("fix: create index concurrently review_author_idx on review (author_id);")
          .hasMessageContaining("(fkguard.check.fail-on-drift=true stops the start)");
    });
  }

  @Test
  void aModelThatCannotBeReadFailsTheStartOnlyWithFailOnDrift() {
    runner.withPropertyValues("fkguard.check.enabled=true", "fkguard.check.schema=classpath:db/nope.sql").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(StartupCheck.class).report()).isEmpty();
    });
    runner.withPropertyValues("fkguard.check.enabled=true", "fkguard.check.fail-on-drift=true",
        "fkguard.check.schema=classpath:db/nope.sql").run(context -> assertThat(context.getStartupFailure())
            .hasMessage("fkguard check could not run: model classpath:db/nope.sql not found on the class path"));
  }
}
