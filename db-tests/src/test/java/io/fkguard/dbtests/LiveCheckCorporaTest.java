package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fkguard.check.CheckReport;
import io.fkguard.check.FkguardCheck;
import io.fkguard.check.drift.Drift;
import io.fkguard.check.drift.DriftKind;
import io.fkguard.check.model.ModelForeignKey;
import io.fkguard.check.model.SchemaModel;
import io.fkguard.check.model.SchemaSqlParser;
import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check's parser and comparison on every schema.sql the processor writes for the mapping
 * corpora, in both naming modes, applied as is to a database. Nothing may differ from the model:
 * a statement the parser does not know, a type spelled otherwise than format_type prints it, an
 * inline check named otherwise than PostgreSQL names it, would each show here. The one finding
 * allowed is the truth about the database: foreign keys no index serves, which must be exactly
 * pg-index-health's FOREIGN_KEYS_WITHOUT_INDEX less the keys the model marks @NotIndexed (a
 * join-table key whose warning the corpus suppresses is not a decision, so it is reported).
 */
class LiveCheckCorporaTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.fkguard.dbtests.Scenario#annotated")
  void aDatabaseHoldingTheSchemaSqlMatchesIt(Scenario scenario) throws Exception {
    Builds.FkguardBuild build = Builds.fkguard(scenario.load(), scenario.naming(), scenario.options());
    SchemaModel model = SchemaSqlParser.parse(scenario.id() + "/schema.sql", build.schemaSql());
    Database db = Databases.fkguard(scenario);
    CheckReport report;
    try (Connection c = db.dataSource().getConnection()) {
      report = FkguardCheck.check(c, model, false);
    }
    List<Drift> other = report.drifts().stream().filter(d -> d.kind() != DriftKind.FOREIGN_KEY_WITHOUT_INDEX).toList();
    assertEquals(List.of(), other, report.text());

    Map<String, ModelForeignKey> byName = model.foreignKeys().stream()
        .collect(Collectors.toMap(fk -> fk.table() + " " + fk.name(), fk -> fk));
    TreeSet<String> unserved = report.drifts().stream()
        .filter(d -> d.kind() == DriftKind.FOREIGN_KEY_WITHOUT_INDEX)
        .map(d -> key(byName.get(d.table() + " " + d.object())))
        .collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> expected = LiveCheck.indexHealth(db, Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX);
    model.foreignKeys().stream().filter(fk -> fk.notIndexedReason() != null).map(LiveCheckCorporaTest::key)
        .forEach(expected::remove);
    assertEquals(expected, unserved, report.text());
  }

  private static String key(ModelForeignKey fk) {
    return fk.table() + " (" + String.join(", ", fk.columns()) + ")";
  }
}
