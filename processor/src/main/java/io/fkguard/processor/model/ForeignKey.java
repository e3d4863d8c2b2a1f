package io.fkguard.processor.model;

import java.util.List;

/**
 * A foreign-key constraint of a table.
 *
 * @param name the explicit {@code @ForeignKey(name)}, or {@code null}
 * @param columns physical FK columns in the order of {@code targetColumns}
 * @param targetTable the referenced table's qualified name (see {@link Table#qualifiedName()})
 * @param targetColumns referenced columns (the target's primary key unless
 *     {@code referencedColumnName} says otherwise)
 * @param nullable whether the FK columns accept NULL (the FK is optional)
 * @param source which mapping created it
 * @param decisions the fkguard annotations on the owning attribute (empty where there is none)
 * @param origin the owning attribute, or the entity for inheritance FKs
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String targetTable,
    List<String> targetColumns,
    boolean nullable,
    Source source,
    List<IndexDecision> decisions,
    Origin origin) {

  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
    decisions = List.copyOf(decisions);
  }

  public enum Source {
    /** {@code @ManyToOne}: the attribute can carry a decision. */
    MANY_TO_ONE,
    /** Owning {@code @OneToOne}: the attribute can carry a decision. */
    ONE_TO_ONE,
    /** A {@code @ManyToOne}/{@code @OneToOne} with {@code @MapsId}: its columns are in the PK. */
    MAPS_ID,
    /** A join column of a {@code @ManyToMany} join table (or a join-table one-to-many). */
    JOIN_TABLE,
    /** The key of an {@code @ElementCollection}'s collection table. */
    COLLECTION_TABLE,
    /** A unidirectional {@code @OneToMany} with {@code @JoinColumn}: the column is in the child table. */
    ONE_TO_MANY,
    /** JOINED inheritance: the child table's primary key references the parent's. */
    JOINED_INHERITANCE
  }

  /** Whether a decision annotation can be written for this FK (it has an owning to-one attribute). */
  public boolean hasDecisionAttribute() {
    return source == Source.MANY_TO_ONE || source == Source.ONE_TO_ONE || source == Source.MAPS_ID;
  }
}
