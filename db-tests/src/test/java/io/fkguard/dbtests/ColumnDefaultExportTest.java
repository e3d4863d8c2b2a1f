package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @ColumnDefault} is spelled in schema.sql as Hibernate 7.4's own export spells it: the
 * same column line, default between type and nullability.
 */
class ColumnDefaultExportTest {
  private static final Corpus CORPUS = new Corpus("column-default", List.of(new Corpus.Source(
      "app/Account.java", String.join("\n",
          "package app;",
          "import jakarta.persistence.*;",
          "import org.hibernate.annotations.ColumnDefault;",
          "@Entity public class Account {",
          "  @Id Long id;",
          "  @ColumnDefault(\"false\") @Column(nullable = false) Boolean verified;",
          "  @ColumnDefault(\"'new'\") String state;",
          "  @ColumnDefault(\"0\") int visits;",
          "}"))));

  @Test
  void defaultsAreSpelledAsHibernateExportsThem() {
    String hibernate = Builds.hibernateDdl(CORPUS, Naming.SPRING);
    String fkguard = Builds.fkguard(CORPUS, Naming.SPRING).schemaSql();
    for (String line : List.of("verified boolean default false not null", "state varchar(255) default 'new'",
        "visits integer default 0 not null")) {
      assertTrue(hibernate.contains(line), "Hibernate writes " + line + ":\n" + hibernate);
      assertTrue(fkguard.contains("    " + line + ","), "fkguard writes " + line + ":\n" + fkguard);
    }
    assertEquals(3, hibernate.split(" default ", -1).length - 1, hibernate);
  }
}
