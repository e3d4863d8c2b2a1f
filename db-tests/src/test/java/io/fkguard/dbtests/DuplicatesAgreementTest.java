package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import io.github.mfvanek.pg.model.index.DuplicatedIndexes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3, proof 6: on a corpus of deliberate duplicate and prefix-redundant indexes, fkguard's
 * {@code DuplicateIndex} and {@code RedundantIndex} findings name the same pairs as
 * pg-index-health's DUPLICATED_INDEXES and INTERSECTED_INDEXES on Hibernate's export of the same
 * entities. A pair is its table and the two ordered column lists: {@code t (a) = (a)} for
 * duplicates, {@code t (a) < (a, b)} for a prefix.
 *
 * <p>Accepted, each for the one pair concerned and printed: (1) pg-index-health reports a prefix
 * pair whose shorter index is unique or the primary key, which fkguard keeps on purpose (it
 * enforces a constraint the wider index does not); (2) pg-index-health reports every wider index
 * of a prefix, fkguard names the first one only, so a pg pair whose shorter index fkguard already
 * reports as redundant is the same finding; (3) a fkguard pair involving an index that only an
 * fkguard decision creates ({@code @IndexedBy}/{@code @PartialIndex}), which Hibernate's export
 * cannot contain.
 */
class DuplicatesAgreementTest {
  private static final Pattern DUPLICATE = Pattern.compile("Table (\\S+) has two indexes on \\(([^)]*)\\)");
  private static final Pattern REDUNDANT = Pattern.compile(
      "On table (\\S+), [^(]*\\(([^)]*)\\).*? is redundant: [^(]*\\(([^)]*)\\)");

  static Stream<Scenario> scenarios() {
    return Stream.of(Naming.values()).map(n -> new Scenario("duplicates", Corpus::duplicates, n));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void fkguardAndPgIndexHealthFindTheSameRedundantIndexes(Scenario scenario) {
    Corpus corpus = scenario.load();
    CorpusCompiler.Result fkguard = Builds.fkguard(corpus, scenario.naming()).result();
    Set<String> decisionIndexes = decisionIndexNames(fkguard);
    Map<String, String> fromFkguard = new TreeMap<>();
    for (CorpusCompiler.Finding f : fkguard.findings("DuplicateIndex")) {
      Matcher m = DUPLICATE.matcher(f.message());
      if (!m.find()) {
        throw new IllegalStateException("cannot read " + f);
      }
      fromFkguard.put(m.group(1) + " (" + m.group(2) + ") = (" + m.group(2) + ")", f.message());
    }
    for (CorpusCompiler.Finding f : fkguard.findings("RedundantIndex")) {
      Matcher m = REDUNDANT.matcher(f.message());
      if (!m.find()) {
        throw new IllegalStateException("cannot read " + f);
      }
      fromFkguard.put(m.group(1) + " (" + m.group(2) + ") < (" + m.group(3) + ")", f.message());
    }

    Database db = Databases.hibernate(corpus, scenario.naming());
    Map<String, IndexHealth.IndexInfo> indexes = IndexHealth.indexes(db.dataSource());
    Map<Diagnostic, List<DbObject>> found = IndexHealth.run(db.dataSource(),
        EnumSet.of(Diagnostic.DUPLICATED_INDEXES, Diagnostic.INTERSECTED_INDEXES));
    Map<String, List<IndexHealth.IndexInfo>> fromPg = new TreeMap<>();
    for (Diagnostic d : found.keySet()) {
      for (DbObject o : found.get(d)) {
        List<IndexHealth.IndexInfo> pair = ((DuplicatedIndexes) o).getIndexNames().stream()
            .map(name -> {
              IndexHealth.IndexInfo info = indexes.get(name);
              if (info == null) {
                throw new IllegalStateException("no index " + name + " in " + indexes.keySet());
              }
              return info;
            })
            .sorted(Comparator.comparingInt(i -> i.columns().size()))
            .toList();
        IndexHealth.IndexInfo shorter = pair.get(0);
        IndexHealth.IndexInfo longer = pair.get(pair.size() - 1);
        String op = d == Diagnostic.DUPLICATED_INDEXES ? " = " : " < ";
        fromPg.put(shorter.table() + " (" + String.join(", ", shorter.columns()) + ")" + op
            + "(" + String.join(", ", longer.columns()) + ")", pair);
      }
    }

    List<String> differences = new ArrayList<>();
    List<String> explained = new ArrayList<>();
    for (Map.Entry<String, String> e : fromFkguard.entrySet()) {
      if (fromPg.containsKey(e.getKey())) {
        continue;
      }
      String decision = decisionIndexes.stream()
          .filter(name -> e.getValue().contains(name + " ") || e.getValue().contains("\"" + name + "\""))
          .findFirst().orElse(null);
      if (decision != null) {
        explained.add(e.getKey() + ": involves " + decision + ", created by an fkguard decision,"
            + " not by Hibernate");
      } else {
        differences.add("only fkguard reports " + e.getKey() + ": " + e.getValue());
      }
    }
    for (Map.Entry<String, List<IndexHealth.IndexInfo>> e : fromPg.entrySet()) {
      if (fromFkguard.containsKey(e.getKey())) {
        continue;
      }
      IndexHealth.IndexInfo shorter = e.getValue().get(0);
      String prefix = e.getKey().substring(0, e.getKey().indexOf(" < ") + 3);
      if (e.getKey().contains(" < ") && (shorter.unique() || shorter.primary())) {
        explained.add(e.getKey() + ": the shorter index " + shorter
            + " is unique, and fkguard keeps a unique prefix");
      } else if (e.getKey().contains(" < ")
          && fromFkguard.keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
        explained.add(e.getKey() + ": fkguard reports " + shorter.name()
            + " as redundant against its first wider index");
      } else {
        differences.add("only pg-index-health reports " + e.getKey() + ": " + e.getValue());
      }
    }

    String report = scenario + ": fkguard reports " + fromFkguard.size() + " pair(s),"
        + " pg-index-health " + fromPg.size() + "; " + differences.size() + " difference(s)"
        + (differences.isEmpty() ? "" : "\n" + Texts.lines(differences))
        + (explained.isEmpty() ? "" : "\n  documented differences:\n" + Texts.lines(explained))
        + "\n  agreed:\n" + Texts.lines(fromFkguard.keySet().stream().filter(fromPg::containsKey).toList());
    System.out.println(report);
    assertFalse(fromFkguard.isEmpty(), scenario + ": fkguard reports no pair, so this proves nothing");
    assertTrue(differences.isEmpty(), report);
  }

  /** The names of the indexes fkguard's decisions create, from the javac output. */
  private static Set<String> decisionIndexNames(CorpusCompiler.Result fkguard) {
    Set<String> out = new TreeSet<>();
    Pattern p = Pattern.compile("@(?:IndexedBy|PartialIndex)\\((?:name = )?\"([^\"]+)\"\\) on ");
    for (CorpusCompiler.Finding f : fkguard.diagnostics()) {
      Matcher m = p.matcher(f.message());
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
