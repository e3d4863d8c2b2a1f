package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import io.github.mfvanek.pg.model.constraint.ForeignKey;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3, proof 5: fkguard at compile time and pg-index-health at run time agree on which
 * foreign keys no index serves. Every corpus is stripped of its decisions ({@link Unannotate});
 * fkguard's {@code ForeignKeyWithoutIndexDecision} findings that say "is not covered by any index"
 * must name exactly the keys pg-index-health lists as FOREIGN_KEYS_WITHOUT_INDEX on Hibernate's
 * export of the same stripped entities.
 *
 * <p>The two tools define "covered" differently in two documented ways, and only these two are
 * accepted, each for the one key and the one index concerned: pg-index-health counts an index
 * that contains all FK columns and starts with the first of them (fkguard wants the FK columns as
 * the leading columns, in order), and it counts a partial index (fkguard counts only full ones).
 * Both can only make fkguard report a key pg-index-health does not; the other direction always
 * fails.
 */
class OracleAgreementTest {

  static Stream<Scenario> scenarios() {
    return Scenario.annotated().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void fkguardAndPgIndexHealthFindTheSameUncoveredForeignKeys(Scenario scenario) {
    Corpus bare = scenario.load().map(scenario.corpusName() + "_unannotated", Unannotate::strip);
    CorpusCompiler.Result fkguard = Builds.fkguard(bare, scenario.naming()).result();
    Set<String> fromFkguard = FkguardOutput.uncoveredForeignKeys(fkguard);

    Database db = Databases.hibernate(bare, scenario.naming());
    Map<Diagnostic, List<DbObject>> found =
        IndexHealth.run(db.dataSource(), EnumSet.of(Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX));
    Set<String> fromPg = new TreeSet<>();
    for (DbObject o : found.get(Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX)) {
      fromPg.add(IndexHealth.foreignKey((ForeignKey) o));
    }
    Map<String, IndexHealth.IndexInfo> indexes = IndexHealth.indexes(db.dataSource());

    List<String> differences = new ArrayList<>();
    List<String> explained = new ArrayList<>();
    for (String fk : fromFkguard) {
      if (fromPg.contains(fk)) {
        continue;
      }
      Optional<String> why = documentedDifference(fk, indexes);
      if (why.isPresent()) {
        explained.add(fk + ": " + why.get());
      } else {
        differences.add("only fkguard finds " + fk + " uncovered; pg-index-health sees an index");
      }
    }
    for (String fk : fromPg) {
      if (!fromFkguard.contains(fk)) {
        differences.add("only pg-index-health finds " + fk + " uncovered; fkguard "
            + fkguardSays(fkguard, fk));
      }
    }

    String report = scenario + " unannotated: fkguard finds " + fromFkguard.size()
        + " uncovered foreign key(s), pg-index-health " + fromPg.size() + "; "
        + differences.size() + " difference(s)"
        + (differences.isEmpty() ? "" : "\n" + Texts.lines(differences))
        + (explained.isEmpty() ? "" : "\n  documented differences:\n" + Texts.lines(explained))
        + "\n  agreed:\n" + Texts.lines(fromFkguard.stream().filter(fromPg::contains).toList());
    System.out.println(report);
    assertFalse(fromFkguard.isEmpty() && fromPg.isEmpty(),
        scenario + ": the unannotated corpus has no uncovered foreign key, so it proves nothing");
    assertTrue(differences.isEmpty(), report);
  }

  /**
   * Why pg-index-health may count {@code fk} ({@code table (a, b)}) as covered while fkguard does
   * not: an index of that table that pg-index-health's rule accepts and fkguard's rejects.
   */
  static Optional<String> documentedDifference(String fk, Map<String, IndexHealth.IndexInfo> indexes) {
    String table = fk.substring(0, fk.indexOf(" ("));
    List<String> columns = List.of(fk.substring(fk.indexOf(" (") + 2, fk.length() - 1).split(", "));
    for (IndexHealth.IndexInfo index : indexes.values()) {
      if (!index.table().equals(table)) {
        continue;
      }
      boolean pgAccepts = index.columns().containsAll(columns)
          && index.columns().get(0).equals(columns.get(0));
      boolean leadsInOrder = index.columns().size() >= columns.size()
          && index.columns().subList(0, columns.size()).equals(columns);
      if (pgAccepts && !leadsInOrder) {
        return Optional.of("pg-index-health accepts " + index
            + ": it contains all FK columns and starts with the first, but not in FK order");
      }
      if (pgAccepts && index.predicate() != null) {
        return Optional.of("pg-index-health accepts the partial index " + index);
      }
    }
    return Optional.empty();
  }

  private static String fkguardSays(CorpusCompiler.Result fkguard, String fk) {
    String table = fk.substring(0, fk.indexOf(" ("));
    String columns = fk.substring(fk.indexOf(" ("));
    return fkguard.findings("ForeignKeyWithoutIndexDecision").stream()
        .filter(f -> f.message().contains("Foreign key " + table + columns + " -> "))
        .findFirst()
        .map(f -> "says: " + f.message())
        .orElse("reports nothing on it");
  }
}
