package io.fkguard.check.spring;

import io.fkguard.check.ModelSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's side of the check, off unless {@code fkguard.check.enabled=true}:
 * <ul>
 *   <li>{@link StartupCheck}: once every singleton exists (so after Flyway has migrated), the
 *       database is checked against {@code fkguard.check.schema} (default
 *       {@value ModelSource#DEFAULT_LOCATION}); the verdict is logged, and with
 *       {@code fkguard.check.fail-on-drift=true} a drift fails the start;
 *   <li>{@link CheckHealthIndicator} as the health contributor {@code fkguard}, only when Spring
 *       Boot 4's health module (spring-boot-health, part of Actuator) is on the class path.
 * </ul>
 * Classes are named by string where they may be absent: Spring reads these conditions without
 * loading the classes.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(DataSource.class)
@ConditionalOnProperty(prefix = "fkguard.check", name = "enabled", havingValue = "true")
public class FkguardCheckAutoConfiguration {

  @Bean
  StartupCheck fkguardStartupCheck(ObjectProvider<DataSource> dataSource, Environment environment) {
    return new StartupCheck(dataSource, CheckSettings.of(environment));
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Health {
    @Bean
    CheckHealthIndicator fkguardHealthIndicator(ObjectProvider<DataSource> dataSource, Environment environment) {
      return new CheckHealthIndicator(dataSource, CheckSettings.of(environment));
    }
  }
}
