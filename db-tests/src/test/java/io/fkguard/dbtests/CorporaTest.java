package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The corpora the database tests rely on exist and are as large as issue 3 asks. */
class CorporaTest {
  @Test
  void catalogCorpusHasAtLeastThirtyEntities() {
    CorpusCompiler.Result compiled = Builds.plain(Corpus.catalog());
    int entities = compiled.entities().size();
    assertTrue(entities >= 30, "the catalog corpus has " + entities + " entities, issue 3 asks for 30");
  }

  @Test
  void duplicatesCorpusCompiles() {
    assertTrue(Builds.plain(Corpus.duplicates()).entities().size() > 0);
  }
}
