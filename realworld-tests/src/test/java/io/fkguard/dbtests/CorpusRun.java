package io.fkguard.dbtests;

import io.fkguard.processor.FkguardProcessor;
import io.fkguard.processor.rules.RuleRegistry;
import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import io.github.mfvanek.pg.model.constraint.ForeignKey;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Processor;

/**
 * One real-world corpus through fkguard and through Hibernate, each side on its own database:
 * fkguard's errors, the uncovered foreign keys against pg-index-health, and the two catalogs.
 */
final class CorpusRun {
  private static final Set<String> FKGUARD_ERRORS = Set.of("MappingError", "InternalError");

  final RealWorldCorpus corpus;
  final CorpusCompiler.Result fkguard;
  final String schemaSql;
  final int entities;
  final int hibernateForeignKeys;
  final List<CorpusCompiler.Finding> errors = new ArrayList<>();
  final List<CorpusCompiler.Finding> javacErrors = new ArrayList<>();
  final Set<String> uncoveredByFkguard;
  final Set<String> uncoveredByPg = new TreeSet<>();
  final List<String> uncoveredDifferences = new ArrayList<>();
  final List<String> uncoveredExplained = new ArrayList<>();
  final List<String> catalogDifferences = new ArrayList<>();

  CorpusRun(RealWorldCorpus corpus) {
    this.corpus = corpus;
    Corpus sources = corpus.load();
    Path ddl = Work.dir(corpus.id() + "-fkguard-ddl").resolve("schema.sql");
    List<Processor> processors = new ArrayList<>(corpus.processors());
    processors.add(new FkguardProcessor());
    fkguard = CorpusCompiler.compile(sources, "fkguard", fkguardOptions(ddl), processors,
        corpus.libraries());
    schemaSql = read(ddl);
    for (CorpusCompiler.Finding f : fkguard.diagnostics()) {
      if (FKGUARD_ERRORS.stream().anyMatch(id -> f.message().contains("[fkguard:" + id + "]"))) {
        errors.add(f);
      } else if (f.kind() == javax.tools.Diagnostic.Kind.ERROR) {
        javacErrors.add(f);
      }
    }

    CorpusCompiler.Result plain = CorpusCompiler.compile(sources, "plain",
        corpus.lombok() ? List.of() : List.of("-proc:none"), corpus.processors(), corpus.libraries());
    if (!plain.success()) {
      throw new IllegalStateException(corpus + " does not compile without fkguard:\n"
          + plain.describeDiagnostics());
    }
    entities = plain.entities().size();
    Database hibernate = Postgres.newDatabase("rw_hb_" + corpus.id());
    hibernate.apply(HibernateSchema.export(plain, corpus.naming()));
    CatalogSnapshot hibernateCatalog = CatalogSnapshot.of(hibernate.dataSource());
    hibernateForeignKeys = (int) hibernateCatalog.facts().keySet().stream()
        .filter(k -> k.startsWith("foreign key ")).count();

    uncoveredByFkguard = FkguardOutput.uncoveredForeignKeys(fkguard);
    compareUncovered(hibernate);
    compareCatalogs(hibernateCatalog);
  }

  /** Every rule a warning, so one finding never hides the rest and schema.sql is still written. */
  private List<String> fkguardOptions(Path ddl) {
    List<String> options = new ArrayList<>(List.of("-Afkguard.naming=" + corpus.naming().option,
        "-Afkguard.summary=true", "-Afkguard.ddl=" + ddl.toAbsolutePath()));
    RuleRegistry.ids().forEach(id -> options.add("-Afkguard." + id + "=warning"));
    return options;
  }

  private void compareUncovered(Database hibernate) {
    Map<Diagnostic, List<DbObject>> found = IndexHealth.run(hibernate.dataSource(),
        EnumSet.of(Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX));
    for (DbObject o : found.get(Diagnostic.FOREIGN_KEYS_WITHOUT_INDEX)) {
      uncoveredByPg.add(IndexHealth.foreignKey((ForeignKey) o));
    }
    Map<String, IndexHealth.IndexInfo> indexes = IndexHealth.indexes(hibernate.dataSource());
    for (String fk : uncoveredByFkguard) {
      if (uncoveredByPg.contains(fk)) {
        continue;
      }
      // The two documented ways the tools define "covered" (OracleAgreementTest).
      Optional<String> why = OracleAgreementTest.documentedDifference(fk, indexes);
      if (why.isPresent()) {
        uncoveredExplained.add(fk + ": " + why.get());
      } else {
        uncoveredDifferences.add("uncovered only by fkguard: " + fk);
      }
    }
    for (String fk : uncoveredByPg) {
      if (!uncoveredByFkguard.contains(fk)) {
        uncoveredDifferences.add("uncovered only by pg-index-health: " + fk + "; fkguard " + fkguardSays(fk));
      }
    }
  }

  private void compareCatalogs(CatalogSnapshot hibernateCatalog) {
    Work.write(corpus.id() + "-catalog-hibernate.txt", hibernateCatalog.describe());
    if (schemaSql == null) {
      catalogDifferences.add("no schema.sql: fkguard wrote none (" + errors.size() + " error(s))");
      return;
    }
    Database db = Postgres.newDatabase("rw_fk_" + corpus.id());
    try {
      db.apply(schemaSql);
    } catch (AssertionError e) {
      catalogDifferences.add("schema.sql rejected by PostgreSQL: "
          + e.getMessage().lines().findFirst().orElse(""));
      return;
    }
    CatalogSnapshot fkguardCatalog = CatalogSnapshot.of(db.dataSource());
    Work.write(corpus.id() + "-catalog-fkguard.txt", fkguardCatalog.describe());
    CatalogSnapshot.diff(fkguardCatalog, hibernateCatalog).forEach(d -> catalogDifferences.add("catalog " + d));
  }

  /**
   * What fkguard reported on a key pg-index-health finds uncovered: its finding, or the
   * MappingError on that table (after which fkguard makes no coverage claim), or nothing.
   */
  private String fkguardSays(String fk) {
    String table = fk.substring(0, fk.indexOf(" ("));
    String key = "Foreign key " + table + fk.substring(fk.indexOf(" (")) + " -> ";
    return fkguard.diagnostics().stream()
        .filter(f -> f.message().contains(key))
        .map(f -> "says: " + f.message().lines().findFirst().orElse(""))
        .findFirst()
        .orElseGet(() -> errors.stream().anyMatch(e -> e.message().contains("table " + table + " "))
            ? "reports nothing on it: table " + table + " has a MappingError"
            : "reports nothing on it");
  }

  /** The fkguard summary's first line, e.g. {@code fkguard: 40 tables, 61 foreign keys, ...}. */
  String summaryHeader() {
    return fkguard.diagnostics().stream().map(CorpusCompiler.Finding::message)
        .filter(m -> m.startsWith("fkguard: ") && m.contains(" foreign keys"))
        .map(m -> m.lines().findFirst().orElse(m)).findFirst().orElse("(no summary: fkguard wrote no files)");
  }

  /** What the expectation file pins: one line per error and per difference, sorted by section. */
  List<String> pinnedLines() {
    List<String> out = new ArrayList<>();
    errors.stream().map(CorpusRun::errorLine).sorted().forEach(out::add);
    uncoveredDifferences.stream().sorted().forEach(out::add);
    catalogDifferences.stream().sorted().forEach(out::add);
    return out;
  }

  /** {@code error <file>:<line> <first line>}: stable across runs (no temp paths, no stack trace). */
  static String errorLine(CorpusCompiler.Finding f) {
    String source = f.source().replaceFirst("^.*?mem:/+", "").replaceFirst("^/+", "");
    return "error " + source + ":" + f.line() + " " + f.message().lines().findFirst().orElse("");
  }

  private static String read(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
