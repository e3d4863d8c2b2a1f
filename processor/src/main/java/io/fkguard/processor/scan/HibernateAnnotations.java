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
  static final String SOFT_DELETE = H + "SoftDelete";

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

  /**
   * {@code @SoftDelete} on an entity hierarchy's root (or one of its mapped superclasses): the
   * flag column Hibernate adds to the root table. Hibernate 7.4 exports {@code deleted boolean not
   * null} (strategy DELETED), {@code active boolean not null} (ACTIVE), or {@code deleted
   * timestamp(6) with time zone}, nullable (TIMESTAMP); {@code columnName} renames it. A custom
   * {@code converter} or a subclass's {@code @SoftDelete} is a MappingError: its DDL is not known.
   */
  static void softDelete(ScanContext ctx, EntityInfo entity, TableBuilder table) {
    for (javax.lang.model.element.TypeElement type : entity.segment) {
      java.util.Optional<AnnotationMirror> found = Mirrors.find(type, SOFT_DELETE);
      if (found.isEmpty()) {
        continue;
      }
      AnnotationMirror softDelete = found.get();
      io.fkguard.processor.model.Origin origin = io.fkguard.processor.model.Origin
          .ofType(entity.qualifiedName).withAnnotation(SOFT_DELETE, null);
      if (entity.parent != null) {
        ctx.problem(origin, "@SoftDelete on " + entity.entityName + ", a subclass: fkguard maps it on "
            + "the root entity of the hierarchy (" + entity.root().entityName + ") only; move it there");
        return;
      }
      if (Mirrors.type(softDelete, "converter").map(t -> !t.toString().endsWith("UnspecifiedConversion"))
          .orElse(false)) {
        ctx.problem(origin.withAnnotation(SOFT_DELETE, "converter"), "fkguard does not map "
            + "@SoftDelete(converter = ...) yet; remove the converter (a boolean flag), or map the "
            + "flag as a plain attribute");
        return;
      }
      String strategy = Mirrors.enumName(softDelete, "strategy");
      boolean timestamp = strategy.equals("TIMESTAMP");
      String name = Mirrors.nonEmpty(softDelete, "columnName")
          .orElse(strategy.equals("ACTIVE") ? "active" : "deleted");
      table.column(Column.simple(ctx.naming.column(name),
          timestamp ? "java.time.Instant" : "java.lang.Boolean", timestamp, origin));
      return;
    }
  }
}
