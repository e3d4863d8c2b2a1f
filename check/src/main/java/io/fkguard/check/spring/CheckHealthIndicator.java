package io.fkguard.check.spring;

import io.fkguard.check.CheckReport;
import io.fkguard.check.FkguardCheck;
import io.fkguard.check.FkguardCheckException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health contributor {@code fkguard}: UP when the database matches the model, DOWN with every
 * drift (kind, table, object, fix) when not. Each call re-reads the catalog (milliseconds); keep
 * it out of liveness probes, since a drifted index is a reason to page, not to restart.
 */
public final class CheckHealthIndicator implements HealthIndicator {
  private final ObjectProvider<DataSource> dataSource;
  private final CheckSettings settings;

  CheckHealthIndicator(ObjectProvider<DataSource> dataSource, CheckSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  @Override
  public Health health() {
    CheckReport report;
    try {
      report = FkguardCheck.check(dataSource.getObject(), settings.schema(), false);
    } catch (FkguardCheckException e) {
      return Health.down().withDetail("error", e.getMessage()).build();
    }
    Health.Builder health = report.isClean() ? Health.up() : Health.down();
    health.withDetail("model", report.model()).withDetail("drifts", report.driftCount());
    report.drifts().forEach(d -> health.withDetail(d.kind().id + " " + d.table() + " " + d.object(),
        String.join(" ", d.fix())));
    return health.build();
  }
}
