package io.fkguard.processor.model;

/**
 * One fkguard decision annotation on a foreign-key attribute.
 *
 * @param kind which annotation
 * @param name index or unique-constraint name after {@code {table}} substitution ({@code null}
 *     for {@link Kind#NOT_INDEXED})
 * @param where the {@code @PartialIndex} predicate as written, or {@code null} for the default
 *     {@code IS NOT NULL} predicate and for other kinds
 * @param reason the reason as written ({@code null} when the annotation has none)
 * @param origin the annotation on the attribute
 */
public record IndexDecision(Kind kind, String name, String where, String reason, Origin origin) {

  public enum Kind {
    INDEXED_BY("@IndexedBy", "io.fkguard.annotations.IndexedBy"),
    COVERED_BY_UNIQUE("@CoveredByUnique", "io.fkguard.annotations.CoveredByUnique"),
    PARTIAL_INDEX("@PartialIndex", "io.fkguard.annotations.PartialIndex"),
    NOT_INDEXED("@NotIndexed", "io.fkguard.annotations.NotIndexed");

    private final String display;
    private final String annotation;

    Kind(String display, String annotation) {
      this.display = display;
      this.annotation = annotation;
    }

    /** {@code @IndexedBy}. */
    public String display() {
      return display;
    }

    /** Qualified annotation name. */
    public String annotation() {
      return annotation;
    }
  }
}
