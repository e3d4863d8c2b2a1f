package io.fkguard.dbtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compilations and exports, each made once per test JVM: several tests look at the same corpus in
 * the same naming mode, and javac plus Hibernate boot cost seconds.
 */
final class Builds {
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private Builds() {}

  /** fkguard's view of a corpus: its diagnostics and the schema.sql it wrote. */
  record FkguardBuild(CorpusCompiler.Result result, String schemaSql) {}

  static FkguardBuild fkguard(Corpus corpus, Naming naming) {
    return fkguard(corpus, naming, List.of());
  }

  /** With more javac options, e.g. a rule's severity; part of the cache key. */
  static FkguardBuild fkguard(Corpus corpus, Naming naming, List<String> options) {
    return cached("fkguard " + corpus.name() + " " + naming + " " + options, () -> {
      Path ddl = Work.dir(corpus.name() + "-fkguard-" + naming.option + "-ddl").resolve("schema.sql");
      CorpusCompiler.Result result = CorpusCompiler.withFkguard(corpus, naming, ddl, options);
      String sql = null;
      if (Files.exists(ddl)) {
        try {
          sql = Files.readString(ddl, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new FkguardBuild(result, sql);
    });
  }

  /** The corpus compiled without processing, for Hibernate. */
  static CorpusCompiler.Result plain(Corpus corpus) {
    return cached("plain " + corpus.name(), () -> {
      CorpusCompiler.Result result = CorpusCompiler.plain(corpus);
      if (!result.success()) {
        throw new IllegalStateException("corpus " + corpus.name() + " does not compile:\n"
            + result.describeDiagnostics());
      }
      return result;
    });
  }

  /** Hibernate's offline create script for the corpus in this naming mode. */
  static String hibernateDdl(Corpus corpus, Naming naming) {
    return cached("hibernate " + corpus.name() + " " + naming,
        () -> HibernateSchema.export(plain(corpus), naming));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cached(String key, java.util.function.Supplier<T> make) {
    Object value = CACHE.get(key);
    if (value == null) {
      value = make.get();
      CACHE.put(key, value);
    }
    return (T) value;
  }
}
