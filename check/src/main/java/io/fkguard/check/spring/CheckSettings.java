package io.fkguard.check.spring;

import io.fkguard.check.ModelSource;
import org.springframework.core.env.Environment;

/**
 * The {@code fkguard.check.*} properties, read from the environment (no configuration-properties
 * binding, so the module needs nothing of Spring Boot beyond auto-configuration).
 *
 * @param schema {@code fkguard.check.schema}: where the model is (default classpath:db/schema.sql)
 * @param failOnDrift {@code fkguard.check.fail-on-drift}: a drift, or a check that cannot run,
 *     fails the application's start (default false: logged as a warning)
 * @param unused {@code fkguard.check.unused}: also note decided indexes never scanned
 */
record CheckSettings(String schema, boolean failOnDrift, boolean unused) {
  static CheckSettings of(Environment environment) {
    return new CheckSettings(
        environment.getProperty("fkguard.check.schema", ModelSource.DEFAULT_LOCATION),
        environment.getProperty("fkguard.check.fail-on-drift", Boolean.class, false),
        environment.getProperty("fkguard.check.unused", Boolean.class, false));
  }
}
