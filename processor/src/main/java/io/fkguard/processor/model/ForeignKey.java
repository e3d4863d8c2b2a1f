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
 * @param onDelete what PostgreSQL does to the referencing rows when a referenced row is deleted
 *     (Hibernate's {@code @OnDelete})
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String targetTable,
    List<String> targetColumns,
    boolean nullable,
    Source source,
    List<IndexDecision> decisions,
    Origin origin,
    OnDelete onDelete) {

  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
    decisions = List.copyOf(decisions);
  }

  /** A foreign key without an {@code ON DELETE} action: what most mappings and tests need. */
  public ForeignKey(String name, List<String> columns, String targetTable, List<String> targetColumns,
      boolean nullable, Source source, List<IndexDecision> decisions, Origin origin) {
    this(name, columns, targetTable, targetColumns, nullable, source, decisions, origin, OnDelete.NO_ACTION);
  }

  /** Hibernate's {@code OnDeleteAction}s, with the clause PostgreSQL reads. */
  public enum OnDelete {
    NO_ACTION(null),
    CASCADE("cascade"),
    SET_NULL("set null"),
    SET_DEFAULT("set default"),
    RESTRICT("restrict");

    private final String sql;

    OnDelete(String sql) {
      this.sql = sql;
    }

    /** {@code cascade}, {@code set null}...; null for NO ACTION, which the DDL leaves unsaid. */
    public String sql() {
      return sql;
    }

    /** Whether a parent delete writes to the child rows (and so finds them through an index). */
    public boolean writesChildren() {
      return this == CASCADE || this == SET_NULL || this == SET_DEFAULT;
    }
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
