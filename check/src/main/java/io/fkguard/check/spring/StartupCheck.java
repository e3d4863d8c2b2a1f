package io.fkguard.check.spring;

import io.fkguard.check.CheckReport;
import io.fkguard.check.FkguardCheck;
import io.fkguard.check.FkguardCheckException;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Checks the database once the context's singletons exist. Flyway migrates while its
 * initializer bean is created, so by then the schema is the one the application will run on;
 * failing here stops the start before the application serves anything.
 */
public final class StartupCheck implements SmartInitializingSingleton {
  private static final Log LOG = LogFactory.getLog(StartupCheck.class);
  private final ObjectProvider<DataSource> dataSource;
  private final CheckSettings settings;
  private volatile CheckReport report;

  StartupCheck(ObjectProvider<DataSource> dataSource, CheckSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  @Override
  public void afterSingletonsInstantiated() {
    DataSource ds = dataSource.getIfAvailable();
    if (ds == null) {
      LOG.warn("fkguard check: no DataSource in the context, nothing checked");
      return;
    }
    try {
      report = FkguardCheck.check(ds, settings.schema(), settings.unused());
    } catch (FkguardCheckException e) {
      if (settings.failOnDrift()) {
        throw new IllegalStateException("fkguard check could not run: " + e.getMessage(), e);
      }
      LOG.warn("fkguard check could not run: " + e.getMessage());
      return;
    }
    if (report.isClean()) {
      LOG.info(report.text().stripTrailing());
    } else if (settings.failOnDrift()) {
      throw new IllegalStateException(report.text() + "(fkguard.check.fail-on-drift=true stops the start)");
    } else {
      LOG.warn(report.text().stripTrailing());
    }
  }

  /** The report of the startup check; empty when it did not run. */
  public Optional<CheckReport> report() {
    return Optional.ofNullable(report);
  }
}
