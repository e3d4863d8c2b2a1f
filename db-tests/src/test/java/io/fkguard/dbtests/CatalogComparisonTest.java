package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3, proof 3: fkguard's schema and Hibernate's own export of the same entities, each loaded
 * into its own database, have the same catalog: tables, columns with type (length, precision,
 * scale), nullability and identity, primary keys in column order, unique and check constraints,
 * foreign keys with their columns, targets and actions, sequences. Names of indexes and
 * constraints differ by design and are not compared; Hibernate's own indexes must all exist in
 * fkguard's schema, which adds the ones its decisions ask for.
 */
class CatalogComparisonTest {

  static Stream<Scenario> scenarios() {
    return Scenario.annotated().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void fkguardSchemaHasHibernatesCatalog(Scenario scenario) {
    compare(scenario);
  }

  /**
   * The comparison sees Bean Validation: the same corpus with fkguard told to ignore it
   * ({@code -Afkguard.beanValidation=none}) differs from Hibernate's export exactly where
   * Hibernate applied a constraint.
   */
  @org.junit.jupiter.api.Test
  void withoutBeanValidationTheValidationCorpusDiffers() {
    Corpus corpus = Corpus.validation().map("validation_none", text -> text);
    CatalogSnapshot fkguard = CatalogSnapshot.of(Databases.fkguard(corpus, Naming.SPRING,
        List.of("-Afkguard.beanValidation=none")).dataSource());
    CatalogSnapshot hibernate = CatalogSnapshot.of(Databases.hibernate(corpus, Naming.SPRING).dataSource());
    List<String> differences = CatalogSnapshot.diff(fkguard, hibernate);
    assertTrue(differences.contains("differs:           column public.member.name: fkguard "
        + "character varying(255) null, hibernate character varying(80) not null"), Texts.lines(differences));
    assertTrue(differences.contains("differs:           column public.member.region_code: fkguard "
        + "character varying(255) null, hibernate character varying(255) not null"), Texts.lines(differences));
    assertTrue(differences.contains("only in hibernate: check public.member CHECK ((rank >= 1))"),
        Texts.lines(differences));
  }

  private static void compare(Scenario scenario) {
    Corpus corpus = scenario.load();
    CatalogSnapshot fkguard = CatalogSnapshot.of(Databases.fkguard(corpus, scenario.naming(), scenario.options()).dataSource());
    CatalogSnapshot hibernate = CatalogSnapshot.of(Databases.hibernate(corpus, scenario.naming()).dataSource());
    Work.write(scenario.id() + "-catalog-fkguard.txt", fkguard.describe());
    Work.write(scenario.id() + "-catalog-hibernate.txt", hibernate.describe());

    List<String> differences = CatalogSnapshot.diff(fkguard, hibernate);
    String report = scenario + ": " + differences.size() + " difference(s) between fkguard's"
        + " schema.sql and Hibernate's export\n" + Texts.lines(differences);
    System.out.println(report);
    Work.write(scenario.id() + "-catalog.diff", report + "\n");
    assertTrue(differences.isEmpty(), report);
  }
}
