package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ConstraintNames;
import javax.lang.model.element.AnnotationMirror;

/**
 * Hibernate ORM's own schema annotations fkguard reads, by name (as {@link Jpa} does for JPA), and
 * what each does to a column on PostgreSQL, as Hibernate 7.4's export shows.
 */
final class HibernateAnnotations {
  private HibernateAnnotations() {}

  private static final String H = "org.hibernate.annotations.";
  /** A value the database computes on read: no column. */
  static final String FORMULA = H + "Formula";
  /** A check constraint: of the table on the class, of the column on a basic attribute. */
  static final String CHECK = H + "Check";
  static final String CHECKS = H + "Checks";
  static final String TENANT_ID = H + "TenantId";
  static final String CREATION_TIMESTAMP = H + "CreationTimestamp";
  static final String UPDATE_TIMESTAMP = H + "UpdateTimestamp";

  /**
   * Whether Hibernate makes the column NOT NULL because it fills the value itself: the tenant id
   * and the creation and update timestamps ({@code created_at timestamp(6) with time zone not
   * null} in Hibernate 7.4's export).
   */
  static boolean generatedNotNull(Attribute a) {
    return a.has(TENANT_ID) || a.has(CREATION_TIMESTAMP) || a.has(UPDATE_TIMESTAMP);
  }

  /**
   * The class-level {@code @Check}s: table checks, named as written, else as PostgreSQL names an
   * unnamed one ({@code <table>_check}, then {@code <table>_check1}, …).
   */
  static void tableChecks(EntityInfo entity, TableBuilder table) {
    for (AnnotationMirror check : Mirrors.repeated(entity.type, CHECK, CHECKS)) {
      String name = Mirrors.nonEmpty(check, "name").orElse(null);
      for (int n = 0; name == null; n++) {
        String candidate = ConstraintNames.check(table.name, null, n == 0 ? "check" : "check" + n);
        name = table.hasCheck(candidate) ? null : candidate;
      }
      table.namedCheck(name, Mirrors.string(check, "constraints"));
    }
  }

  /**
   * An attribute's {@code @Check}s: checks of its column. Unnamed, PostgreSQL would call one
   * {@code <table>_<column>_check}, which an enum column's own check already takes.
   */
  static void columnChecks(Attribute a, TableBuilder table, Column column) {
    for (AnnotationMirror check : Mirrors.repeated(a.element(), CHECK, CHECKS)) {
      table.namedCheck(Mirrors.nonEmpty(check, "name").orElse(ConstraintNames.check(table.name,
          column.name(), column.enumType() == null ? "check" : "attribute_check")),
          Mirrors.string(check, "constraints"));
    }
  }
}
