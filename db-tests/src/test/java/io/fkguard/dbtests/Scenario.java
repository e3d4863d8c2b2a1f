package io.fkguard.dbtests;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A corpus in one naming mode: the unit every database test runs over. */
record Scenario(String corpusName, Supplier<Corpus> corpus, Naming naming, List<String> options) {

  Scenario(String corpusName, Supplier<Corpus> corpus, Naming naming) {
    this(corpusName, corpus, naming, List.of());
  }

  static final String CATALOG_DIR = "db-tests/src/test/resources/corpus/catalog";
  static final String DUPLICATES_DIR = "db-tests/src/test/resources/corpus/duplicates";

  Corpus load() {
    return corpus.get();
  }

  /** Unique per scenario: names databases and work directories. */
  String id() {
    return corpusName + "_" + naming.option;
  }

  @Override
  public String toString() {
    return corpusName + " (naming " + naming.option + ")";
  }

  /**
   * Every fully annotated corpus in every naming mode it is written for: the sample app (Spring
   * Boot naming only, its unique constraint names snake_case columns), the db-tests catalog corpus
   * in both modes, the Bean Validation corpus in both modes, and the processor's mapping corpus in
   * both modes. The mapping corpus leaves two
   * join-table keys uncovered and one Set collection table with an unnamed unique key on purpose
   * (it is a model golden, not a finished application), so it compiles with those two rules as
   * warnings. A corpus directory that does not exist yet is left
   * out here and reported by {@code CorporaTest}.
   */
  static List<Scenario> annotated() {
    List<Scenario> out = new ArrayList<>();
    out.add(new Scenario("sample_app", Corpus::sampleApp, Naming.SPRING));
    for (Naming naming : Naming.values()) {
      if (Files.isDirectory(Corpus.root().resolve(CATALOG_DIR))) {
        out.add(new Scenario("catalog", Corpus::catalog, naming));
      }
      out.add(new Scenario("validation", Corpus::validation, naming));
      out.add(new Scenario("hibernate", Corpus::hibernate, naming));
      out.add(new Scenario("mapping", Corpus::processorMapping, naming,
          List.of("-Afkguard.ForeignKeyWithoutIndexDecision=warning", "-Afkguard.ImplicitIndex=warning")));
    }
    return out;
  }

  /** The scenarios whose every foreign key carries a decision: no rule is relaxed for them. */
  static List<Scenario> fullyDecided() {
    return annotated().stream().filter(s -> s.options().isEmpty()).toList();
  }
}
