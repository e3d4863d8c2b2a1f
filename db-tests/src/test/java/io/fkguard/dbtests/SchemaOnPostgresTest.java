package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fkguard's schema.sql is a real schema: PostgreSQL 17 accepts it whole, and Hibernate ORM, told
 * to validate, finds every table, column and column type of the mapping in it.
 */
class SchemaOnPostgresTest {

  /** Issue 3, proof 1: the script applies in one transaction to an empty database. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.fkguard.dbtests.Scenario#annotated")
  void schemaSqlAppliesToAnEmptyDatabase(Scenario scenario) {
    Builds.FkguardBuild build = Builds.fkguard(scenario.load(), scenario.naming(), scenario.options());
    assertTrue(build.result().success(), () -> "fkguard rejected the corpus:\n"
        + build.result().describeDiagnostics());
    assertNotNull(build.schemaSql(), "fkguard wrote no file at -Afkguard.ddl");
    Database db = Postgres.newDatabase("apply_" + scenario.id());
    db.apply(build.schemaSql());
  }

  /** Issue 3, proof 2: {@code hibernate.hbm2ddl.auto=validate} boots against that database. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.fkguard.dbtests.Scenario#annotated")
  void hibernateValidatesTheSchema(Scenario scenario) {
    Corpus corpus = scenario.load();
    Database db = Databases.fkguard(corpus, scenario.naming(), scenario.options());
    HibernateSchema.validate(Builds.plain(corpus), scenario.naming(), db.dataSource());
  }
}
