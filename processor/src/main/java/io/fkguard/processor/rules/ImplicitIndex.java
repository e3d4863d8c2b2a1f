package io.fkguard.processor.rules;

import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** An index or unique constraint whose name the database or Hibernate would invent. */
final class ImplicitIndex implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ImplicitIndex",
      "An index or unique constraint whose name the database or Hibernate would invent.",
      Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (Index index : table.indexes()) {
        // The primary key is always <table>_pkey: PostgreSQL's choice is predictable, so not a
        // decision anyone has to write down.
        if (index.name() == null && !index.isPrimaryKey()) {
          findings.add(new Finding(INFO, message(table, index), index.origin()).withKey(Keys.of(table, index)));
        }
      }
    }
    return findings;
  }

  /** The names PostgreSQL invents: {@code _key} for a unique constraint, {@code _idx} otherwise. */
  static String inventedName(Table table, Index index) {
    boolean constraint = index.unique() && index.source() != Index.Source.INDEX;
    return Identifiers.suggestedName(table.name(), index.columns(), constraint ? "key" : "idx");
  }

  static String message(Table table, Index index) {
    String name = inventedName(table, index);
    String columns = Identifiers.columnList(index.columns());
    String quoted = "\"" + String.join("\", \"", index.columns()) + "\"";
    String where = index.origin() == null ? "" : " on " + index.origin().describe();
    String uniqueConstraint = "@" + tableAnnotation(table)
        + "(uniqueConstraints = @UniqueConstraint(name = \"" + name + "\", columnNames = {"
        + quoted + "}))";
    String made = switch (index.source()) {
      case INDEX -> "An @Index without a name" + where;
      case UNIQUE_CONSTRAINT -> "A @UniqueConstraint without a name" + where;
      case COLUMN_UNIQUE -> "@Column(unique = true)" + where;
      case JOIN_COLUMN_UNIQUE -> "@JoinColumn(unique = true)" + where;
      case ONE_TO_ONE -> "The owning @OneToOne" + where + " (Hibernate adds an unnamed unique key)";
      case NATURAL_ID -> "Hibernate's @NaturalId" + where
          + " (Hibernate adds an unnamed unique key)";
      case COLLECTION_SET -> "A Set whose elements may be NULL" + where + " (Hibernate adds an "
          + "unnamed unique key instead of a primary key; @Column(nullable = false) on the element "
          + "makes it the primary key)";
      default -> "An unnamed " + index.source() + " index";
    };
    String fix = switch (index.source()) {
      case INDEX -> "write @" + tableAnnotation(table) + "(indexes = @Index(name = \"" + name
          + "\", columnList = \"" + String.join(", ", index.columns()) + "\""
          + (index.unique() ? ", unique = true" : "") + "))";
      case COLUMN_UNIQUE, JOIN_COLUMN_UNIQUE -> "drop unique = true from the @"
          + (index.source() == Index.Source.COLUMN_UNIQUE ? "Column" : "JoinColumn")
          + " and write " + uniqueConstraint;
      default -> "write " + uniqueConstraint;
    };
    String invented = index.unique() && index.source() != Index.Source.INDEX
        ? "Hibernate either leaves the unique key unnamed, so PostgreSQL calls it " + name
            + ", or invents a hashed UK… name"
        : "Hibernate invents a hashed name for it (PostgreSQL itself would call it " + name + ")";
    return made + " creates " + (index.unique() ? "a unique index" : "an index") + " on "
        + table.qualifiedName() + " " + columns + " whose name nobody chose: " + invented
        + ", so migrations, DROP INDEX and @IndexedBy/@CoveredByUnique cannot refer to it "
        + "reliably. Instead, " + fix + ".";
  }

  /** The annotation that declares constraints of this kind of table. */
  private static String tableAnnotation(Table table) {
    return switch (table.kind()) {
      case ENTITY -> "Table";
      case JOIN_TABLE -> "JoinTable";
      case COLLECTION_TABLE -> "CollectionTable";
    };
  }
}
