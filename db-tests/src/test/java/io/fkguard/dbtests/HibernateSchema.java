package io.fkguard.dbtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.cfg.ValidationSettings;

/** Hibernate ORM itself, the reference fkguard's DDL is held to. */
final class HibernateSchema {
  private HibernateSchema() {}

  /**
   * Hibernate's own {@code create} script for these entities, exported offline: no JDBC, the
   * dialect chosen from the product name and version alone (TECH-NOTES).
   *
   * <p>Exported while a session factory is built, as a live application's {@code ddl-auto} does,
   * because only then does Hibernate apply Bean Validation constraints to its DDL
   * ({@code TypeSafeActivator}): Hibernate Validator and an EL are on this module's test class
   * path, and validation mode {@code ddl} makes their absence an error instead of a silent skip.
   * {@code hibernate.column_ordering_strategy=legacy} keeps the mapping's column order, as the
   * metadata-only export did; a session factory otherwise reorders the columns of composite
   * primary keys by size and name (TECH-NOTES), and fkguard writes the mapping order.
   */
  static String export(CorpusCompiler.Result compiled, Naming naming) {
    Path target = Work.dir(compiled.corpus() + "-hibernate-" + naming.option).resolve("hibernate.sql");
    Map<String, Object> settings = new HashMap<>(naming.hibernateSettings());
    settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
    settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, target.toString());
    settings.put(SchemaToolingSettings.HBM2DDL_DELIMITER, ";");
    // "create schema" for @Table(schema = ...), as fkguard's schema.sql does.
    settings.put(SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, "true");
    settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
    settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "17");
    settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
    settings.put(ValidationSettings.JAKARTA_VALIDATION_MODE, "ddl");
    settings.put(MappingSettings.COLUMN_ORDERING_STRATEGY, "legacy");
    try (StandardServiceRegistry registry = registry(compiled, settings);
        SessionFactory ignored = metadata(registry, compiled.managedClasses()).buildSessionFactory()) {
      return Files.readString(target, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Boots a session factory with {@code hibernate.hbm2ddl.auto=validate} against {@code dataSource}:
   * Hibernate throws if a table, column or column type of the mapping is missing or wrong.
   */
  static void validate(CorpusCompiler.Result compiled, Naming naming, DataSource dataSource) {
    Map<String, Object> settings = new HashMap<>(naming.hibernateSettings());
    settings.put(JdbcSettings.DATASOURCE, dataSource);
    settings.put(SchemaToolingSettings.HBM2DDL_AUTO, "validate");
    try (StandardServiceRegistry registry = registry(compiled, settings);
        SessionFactory ignored = metadata(registry, compiled.managedClasses()).buildSessionFactory()) {
      // Booting is the test.
    }
  }

  private static StandardServiceRegistry registry(CorpusCompiler.Result compiled,
      Map<String, Object> settings) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(compiled.classLoader())
        .build();
    // A published module may ship a static metamodel compiled against javax.persistence (jBPM):
    // populating it is no part of the schema, and fails when those classes are not loadable.
    Map<String, Object> all = new HashMap<>(settings);
    all.putIfAbsent("hibernate.jpa.static_metamodel.population", "disabled");
    return new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
  }

  private static Metadata metadata(StandardServiceRegistry registry, List<Class<?>> entities) {
    MetadataSources sources = new MetadataSources(registry);
    entities.forEach(sources::addAnnotatedClass);
    return sources.buildMetadata();
  }
}
