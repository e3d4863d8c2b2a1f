package io.fkguard.dbtests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two databases of a scenario, each made once: fkguard's schema.sql applied to one, Hibernate's
 * export to the other. The tests only read them.
 */
final class Databases {
  private static final Map<String, Database> CACHE = new ConcurrentHashMap<>();

  private Databases() {}

  static Database fkguard(Scenario scenario) {
    return fkguard(scenario.load(), scenario.naming(), scenario.options());
  }

  /** A database holding fkguard's schema.sql of the corpus; fails with javac's output if none. */
  static Database fkguard(Corpus corpus, Naming naming, List<String> options) {
    return CACHE.computeIfAbsent("fkguard " + corpus.name() + " " + naming + " " + options, k -> {
      Builds.FkguardBuild build = Builds.fkguard(corpus, naming, options);
      if (!build.result().success() || build.schemaSql() == null) {
        throw new AssertionError("fkguard did not compile " + corpus.name() + " (naming "
            + naming.option + ") into a schema.sql:\n" + build.result().describeDiagnostics());
      }
      Database db = Postgres.newDatabase("fk_" + corpus.name() + "_" + naming.option);
      db.apply(build.schemaSql());
      return db;
    });
  }

  /** A database holding Hibernate's own export of the corpus. */
  static Database hibernate(Corpus corpus, Naming naming) {
    return CACHE.computeIfAbsent("hibernate " + corpus.name() + " " + naming, k -> {
      Database db = Postgres.newDatabase("hb_" + corpus.name() + "_" + naming.option);
      db.apply(Builds.hibernateDdl(corpus, naming));
      return db;
    });
  }
}
