package io.fkguard.processor.model;

import java.util.List;

/**
 * Anything PostgreSQL backs with an index: the primary key, a unique constraint, a declared
 * {@code @Index}, an implicit unique index, or an index fkguard creates for a decision.
 *
 * @param name the name as written (not folded); {@code null} when nobody named it and the database
 *     or Hibernate would invent one
 * @param columns physical column names in index order
 * @param unique whether the index enforces uniqueness
 * @param where the partial-index predicate, or {@code null} for a full index
 * @param source what declared it
 * @param origin where it was declared
 */
public record Index(
    String name, List<String> columns, boolean unique, String where, Source source, Origin origin) {

  public Index {
    columns = List.copyOf(columns);
  }

  public enum Source {
    /** The table's primary key (named {@code <table>_pkey} by PostgreSQL). */
    PRIMARY_KEY,
    /** {@code @UniqueConstraint} in {@code @Table}, {@code @JoinTable} or {@code @CollectionTable}. */
    UNIQUE_CONSTRAINT,
    /** {@code @Index} in {@code @Table}, {@code @JoinTable} or {@code @CollectionTable}. */
    INDEX,
    /** {@code @Column(unique = true)}. */
    COLUMN_UNIQUE,
    /** {@code @JoinColumn(unique = true)}. */
    JOIN_COLUMN_UNIQUE,
    /** The unique key Hibernate adds on the owning side of a {@code @OneToOne}. */
    ONE_TO_ONE,
    /** Hibernate {@code @NaturalId}: Hibernate adds a unique key on those columns. */
    NATURAL_ID,
    /**
     * The unique key Hibernate adds over the owner key and the element of a {@code Set}
     * collection table whose element columns may be NULL (when they cannot, it is the primary key).
     */
    COLLECTION_SET,
    /** Created by fkguard for an {@code @IndexedBy} or {@code @PartialIndex} decision. */
    DECISION
  }

  public boolean isPrimaryKey() {
    return source == Source.PRIMARY_KEY;
  }

  public boolean isPartial() {
    return where != null;
  }

  /** Whether this index's leading columns are exactly {@code prefix}, in order. */
  public boolean startsWith(List<String> prefix) {
    return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
  }

  /** How messages name the index: its name, or a description of the unnamed one. */
  public String describe() {
    if (name != null) {
      return name;
    }
    return switch (source) {
      case PRIMARY_KEY -> "the primary key";
      case ONE_TO_ONE -> "the unnamed unique key Hibernate adds for the @OneToOne";
      case NATURAL_ID -> "the unnamed unique key Hibernate adds for the @NaturalId";
      case COLLECTION_SET -> "the unnamed unique key Hibernate adds for the Set";
      default -> "the unnamed " + (unique ? "unique constraint" : "index");
    } + " on " + Identifiers.columnList(columns);
  }

  /** Both full, or both partial with predicates equal after normalization. */
  public boolean samePredicate(Index other) {
    return java.util.Objects.equals(DecisionIndexes.normalizePredicate(where),
        DecisionIndexes.normalizePredicate(other.where));
  }

  /**
   * Two entries for one index: same name, columns, uniqueness and predicate. Creating it would
   * be one statement, so neither a collision nor a duplicate.
   */
  public boolean sameObject(Index other) {
    return name != null && other.name != null
        && Identifiers.fold(name).equals(Identifiers.fold(other.name))
        && columns.equals(other.columns) && unique == other.unique && samePredicate(other);
  }
}
