package io.fkguard.dbtests;

import java.util.Map;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.cfg.MappingSettings;

/** fkguard's two naming modes and the Hibernate configuration each one stands for. */
enum Naming {
  /** Spring Boot's defaults: snake_case physical names, join table {@code <owner table>_<attribute>}. */
  SPRING("spring"),
  /** Hibernate's defaults: names as written (PostgreSQL folds them), join table {@code <owner>_<target>}. */
  JPA("jpa");

  final String option;

  Naming(String option) {
    this.option = option;
  }

  /** Hibernate settings that make Hibernate name things as this mode says. */
  Map<String, Object> hibernateSettings() {
    return switch (this) {
      case SPRING -> Map.of(
          MappingSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy(),
          MappingSettings.IMPLICIT_NAMING_STRATEGY, new SpringImplicitNamingStrategy());
      case JPA -> Map.of(
          MappingSettings.PHYSICAL_NAMING_STRATEGY, PhysicalNamingStrategyStandardImpl.INSTANCE,
          MappingSettings.IMPLICIT_NAMING_STRATEGY, ImplicitNamingStrategyJpaCompliantImpl.INSTANCE);
    };
  }
}
