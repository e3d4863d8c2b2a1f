package io.fkguard.processor.rules;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** A foreign key has no index decision (or, without an attribute to annotate, no covering index). */
final class ForeignKeyWithoutIndexDecision implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ForeignKeyWithoutIndexDecision",
      "A foreign key has no index decision (or, without an attribute to annotate, no covering index).",
      Severity.ERROR);

  /**
   * What to write on a foreign key.
   *
   * @param coveredBy the index that already serves the FK, as messages name it, or {@code null}
   * @param annotation the decision to write, or {@code null} when the primary key makes one moot
   * @param prerequisite what to change first (naming an unnamed index), or {@code null}
   */
  record Advice(String coveredBy, String annotation, String prerequisite) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        if (fk.hasDecisionAttribute()) {
          // A key leading the primary key is served by the PK's index: @MapsId needs no decision.
          if (fk.decisions().isEmpty() && !leadsPrimaryKey(table, fk)) {
            findings.add(new Finding(INFO,
                message(table.qualifiedName(), fk, advise(table, fk)), fk.origin()));
          }
        } else if (!isCovered(table, fk)) {
          // Nothing to annotate (join, collection, child or inheritance table): only an index
          // helps.
          findings.add(new Finding(INFO, uncoveredMessage(table.qualifiedName(), fk,
              place(table, fk), Identifiers.suggestedIndexName(table.name(), fk.columns())),
              fk.origin()));
        }
      }
    }
    return findings;
  }

  /** Whether a non-partial index of the table leads with exactly the FK columns, in order. */
  static boolean isCovered(Table table, ForeignKey fk) {
    return table.indexes().stream().anyMatch(i -> covers(i, fk));
  }

  static boolean covers(Index index, ForeignKey fk) {
    return !index.isPartial() && index.startsWith(fk.columns());
  }

  static boolean leadsPrimaryKey(Table table, ForeignKey fk) {
    List<String> pk = table.primaryKey();
    int n = fk.columns().size();
    return n > 0 && pk.size() >= n && pk.subList(0, n).equals(fk.columns());
  }

  /**
   * The decision that fits what the table already has: an existing named index is preferred over
   * a new one, so the advice never creates a duplicate. Unnamed indexes cannot be referenced by
   * name, so the advice names them first.
   */
  static Advice advise(Table table, ForeignKey fk) {
    if (leadsPrimaryKey(table, fk)) {
      return new Advice(table.indexes().stream().filter(Index::isPrimaryKey).findFirst()
          .map(ForeignKeyWithoutIndexDecision::describe).orElse("the primary key"), null, null);
    }
    List<Index> covering = table.indexes().stream().filter(i -> covers(i, fk)).toList();
    for (Index i : covering) {
      if (i.name() != null && i.unique()) {
        return new Advice(describe(i), coveredByUnique(i.name()), null);
      }
    }
    for (Index i : covering) {
      if (i.name() != null) {
        return new Advice(describe(i), indexedBy(i.name()), null);
      }
    }
    for (Index i : covering) { // only unnamed ones are left: the first decides
      // Name the existing index after its own columns: it may be wider than the FK.
      if (i.unique()) {
        String key = table.name() + "_" + String.join("_", i.columns()) + "_key";
        return new Advice(i.describe(), coveredByUnique(key), "after naming it with"
            + " @UniqueConstraint(name = \"" + key + "\", columnNames = " + quoted(i.columns())
            + ") in @Table");
      }
      String idx = Identifiers.suggestedIndexName(table.name(), i.columns());
      return new Advice(i.describe(), indexedBy(idx), "after naming it"
          + " @Index(name = \"" + idx + "\", columnList = \"" + String.join(", ", i.columns()) + "\")");
    }
    // An attribute of a mapped superclass or embeddable serves several tables or FKs: suggest
    // the template that names one index each, not the name that fits only this table.
    boolean shared = fk.origin() != null && !fk.origin().type().equals(fk.origin().entity());
    String name = shared ? "{table}_{columns}_idx" : Identifiers.suggestedIndexName(table.name(), fk.columns());
    // NULLs never match a parent key, so a nullable FK loses nothing with an IS NOT NULL index.
    return new Advice(null, fk.nullable() ? "@PartialIndex(name = \"" + name + "\")"
        : indexedBy(name), null);
  }

  /** For an FK with a decision attribute and no decision. */
  static String message(String table, ForeignKey fk, Advice advice) {
    String columns = Identifiers.columnList(fk.columns());
    String state = advice.coveredBy() == null
        ? "it is not covered by any index (no full index of " + table + " starts with " + columns
            + "), so each delete from " + fk.targetTable() + " scans " + table
        : "it is already covered by " + advice.coveredBy();
    return "Foreign key " + table + " " + columns + " -> " + fk.targetTable() + " on "
        + fk.origin().describe() + " has no index decision: " + state + ". Write "
        + advice.annotation()
        + (advice.prerequisite() == null ? "" : " " + advice.prerequisite())
        + ", or @NotIndexed(reason = \"...\") if it deliberately needs no index.";
  }

  /** For an FK without a decision attribute and without a covering index. */
  static String uncoveredMessage(String table, ForeignKey fk, String place, String indexName) {
    String columns = Identifiers.columnList(fk.columns());
    return "Foreign key " + table + " " + columns + " -> " + fk.targetTable()
        + " is not covered by any index (no full index of " + table + " starts with " + columns
        + "), so each delete from " + fk.targetTable() + " scans " + table
        + ". Add indexes = @Index(name = \"" + indexName + "\", columnList = \""
        + String.join(", ", fk.columns()) + "\") to " + place
        + ", or add @SuppressWarnings(\"fkguard:" + INFO.id() + "\") to "
        + fk.origin().describe() + " if it deliberately needs no index.";
  }

  /** Where the index of an FK without a decision attribute is declared. */
  static String place(Table table, ForeignKey fk) {
    return switch (fk.source()) {
      case JOIN_TABLE -> "the @JoinTable on " + table.origin().describe();
      case COLLECTION_TABLE -> "the @CollectionTable on " + table.origin().describe();
      default -> "the @Table of " + table.origin().describe();
    };
  }

  /** {@code unique constraint product_category_uk}: how messages name a named index. */
  static String describe(Index index) {
    if (index.name() == null) {
      return index.describe();
    }
    String kind = switch (index.source()) {
      case PRIMARY_KEY -> "primary key";
      case INDEX, DECISION -> (index.isPartial() ? "partial " : "")
          + (index.unique() ? "unique index" : "index");
      default -> "unique constraint";
    };
    return kind + " " + index.name();
  }

  static String indexedBy(String name) {
    return "@IndexedBy(\"" + name + "\")";
  }

  static String coveredByUnique(String name) {
    return "@CoveredByUnique(\"" + name + "\")";
  }

  /** {@code "a"} or {@code {"a", "b"}}: a String[] annotation value. */
  private static String quoted(List<String> columns) {
    List<String> parts = columns.stream().map(c -> "\"" + c + "\"").toList();
    return parts.size() == 1 ? parts.get(0) : "{" + String.join(", ", parts) + "}";
  }
}
