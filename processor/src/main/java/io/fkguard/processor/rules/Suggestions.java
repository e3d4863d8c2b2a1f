package io.fkguard.processor.rules;

import io.fkguard.processor.model.Coverage;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Table;
import java.util.List;

/**
 * What messages suggest writing, shared by the rules (which never call each other): the decision
 * that fits a foreign key, how to name an index, how to remove one.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * What to write on a foreign key.
   *
   * @param coveredBy the index that already serves the FK, as messages name it, or {@code null}
   * @param annotation the decision to write, or {@code null} when the primary key makes one moot
   * @param prerequisite what to change first (naming an unnamed index), or {@code null}
   */
  record Advice(String coveredBy, String annotation, String prerequisite) {}

  /**
   * The decision that fits what the table already has: an existing named index is preferred over
   * a new one, so the advice never creates a duplicate. Unnamed indexes cannot be referenced by
   * name, so the advice names them first.
   */
  static Advice advise(Table table, ForeignKey fk) {
    if (Coverage.leadsPrimaryKey(table, fk)) {
      return new Advice(table.indexes().stream().filter(Index::isPrimaryKey).findFirst()
          .map(Suggestions::describe).orElse("the primary key"), null, null);
    }
    List<Index> covering = Coverage.servingIndexes(table, fk);
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
        String key = Identifiers.suggestedName(table.name(), i.columns(), "key");
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

  /** What to change in the mapping so {@code removed} disappears and {@code keeper} serves. */
  static String howToRemove(Index removed, Index keeper) {
    String on = removed.origin() == null ? "" : " on " + removed.origin().describe();
    String named = removed.name() == null ? "" : "(name = \"" + removed.name() + "\")";
    return switch (removed.source()) {
      case INDEX -> "delete the @Index" + named + " from the table's indexes";
      case UNIQUE_CONSTRAINT -> "delete the @UniqueConstraint" + named
          + " from the table's uniqueConstraints";
      case COLUMN_UNIQUE -> "drop unique = true from the @Column" + on;
      case JOIN_COLUMN_UNIQUE -> "drop unique = true from the @JoinColumn" + on;
      case ONE_TO_ONE -> "Hibernate adds it for the @OneToOne" + on
          + ", so declare the unique key on these columns only once";
      case NATURAL_ID -> "Hibernate adds it for the @NaturalId" + on
          + ", so declare the unique key on these columns only once";
      case COLLECTION_SET -> "Hibernate adds it for the Set" + on
          + ", so declare the unique key on these columns only once";
      case DECISION -> replaceDecision(removed, keeper);
      case PRIMARY_KEY -> "it is the primary key";
    };
  }

  /**
   * A decision index is removed by pointing the decision at the index that stays: a named unique
   * constraint is what {@code @CoveredByUnique} names, a named {@code @Index} what
   * {@code @IndexedBy} names. Anything else has no name a decision could use.
   */
  private static String replaceDecision(Index removed, Index keeper) {
    String kind = removed.where() != null ? IndexDecision.Kind.PARTIAL_INDEX.display()
        : IndexDecision.Kind.INDEXED_BY.display();
    if (removed.origin() != null && removed.origin().annotation() != null) {
      for (IndexDecision.Kind k : IndexDecision.Kind.values()) {
        if (k.annotation().equals(removed.origin().annotation())) {
          kind = k.display();
        }
      }
    }
    String on = removed.origin() == null ? "" : " on " + removed.origin().describe();
    String decision = kind + "(\"" + removed.name() + "\")" + on;
    if (keeper.name() != null && keeper.source() == Index.Source.UNIQUE_CONSTRAINT
        && keeper.where() == null) {
      return "replace " + decision + " with @CoveredByUnique(\"" + keeper.name() + "\")";
    }
    if (keeper.name() != null && keeper.source() == Index.Source.INDEX) {
      return "replace " + decision + " with @IndexedBy(\"" + keeper.name() + "\")";
    }
    return "change " + decision + " so that it creates no index of its own";
  }

  /** {@code "a"} or {@code {"a", "b"}}: a String[] annotation value. */
  private static String quoted(List<String> columns) {
    List<String> parts = columns.stream().map(c -> "\"" + c + "\"").toList();
    return parts.size() == 1 ? parts.get(0) : "{" + String.join(", ", parts) + "}";
  }
}
