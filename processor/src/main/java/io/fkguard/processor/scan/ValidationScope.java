package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import java.util.List;

/**
 * Where Hibernate applies an attribute's Bean Validation constraints ({@link BeanValidation}) while
 * one entity is mapped, as {@code TypeSafeActivator.applyDDL} walks it: into an embedded attribute
 * only when it is {@code @Valid}, NOT NULL inside only when every embedded attribute on the way is
 * itself not null, never NOT NULL in a SINGLE_TABLE subclass ("shared state", Hibernate says),
 * nothing in the elements of a collection (a collection property has no columns of its own).
 */
final class ValidationScope {
  private final ScanContext ctx;
  private boolean reaches = true;
  private boolean notNullInside = true;

  ValidationScope(ScanContext ctx) {
    this.ctx = ctx;
  }

  /** The scope outside an embedded attribute, to restore with {@link #leave}. */
  record Saved(boolean reaches, boolean notNullInside) {}

  Saved enter(Mapper.Target target, Attribute embedded) {
    Saved saved = new Saved(reaches, notNullInside);
    BeanValidation.Constraints constraints = constraints(target, embedded);
    reaches = saved.reaches() && constraints.valid();
    notNullInside = saved.notNullInside() && constraints.notNull();
    return saved;
  }

  void leave(Saved saved) {
    reaches = saved.reaches();
    notNullInside = saved.notNullInside();
  }

  private BeanValidation.Constraints constraints(Mapper.Target target, Attribute a) {
    return target.component || !reaches ? BeanValidation.Constraints.NONE : BeanValidation.of(ctx, a);
  }

  /** Whether Bean Validation makes the attribute's columns NOT NULL here. */
  boolean notNull(Mapper.Target target, Attribute a) {
    return notNull(target, constraints(target, a));
  }

  private boolean notNull(Mapper.Target target, BeanValidation.Constraints constraints) {
    return constraints.notNull() && notNullInside && !target.forceNullable;
  }

  /** The basic column with the constraints applied; {@code @Min}/{@code @Max} become a table check. */
  Column apply(Mapper.Target target, Attribute a, Column column) {
    BeanValidation.Constraints constraints = constraints(target, a);
    Column out = column;
    if (notNull(target, constraints)) {
      out = out.withNullable(false);
    }
    if (constraints.hasLength() || constraints.precision() >= 0) {
      out = out.withSizes(constraints.hasLength() ? constraints.maxLength() : out.length(),
          constraints.precision() >= 0 ? constraints.precision() : out.precision(),
          constraints.scale() >= 0 ? constraints.scale() : out.scale());
    }
    if (!constraints.checks().isEmpty()) {
      // Hibernate joins a column's checks into one: "age>=0 and age<=150".
      String name = out.name();
      target.table.check(name, "range", String.join(" and ",
          constraints.checks().stream().map(c -> name + c).toList()));
    }
    return out;
  }

  /**
   * The entity's own primary-key column with its {@code @Id}'s Bean Validation sizes and checks.
   * Only here: Hibernate copies a referenced key column's length into foreign-key columns while
   * the metadata is built, before Bean Validation runs, so a {@code @Size(max = 8)} id is
   * {@code varchar(8)} in its table and {@code varchar(255)} where it is referenced (as Hibernate
   * 7.4's export shows). A composite key's parts are left as they are.
   */
  List<Column> key(EntityInfo entity, TableBuilder table, List<Column> key) {
    if (key.size() != 1 || !ctx.beanValidation) {
      return key;
    }
    List<Attribute> ids = Columns.ofEntity(ctx, entity, entity.segment).stream()
        .filter(a -> a.has(Jpa.ID) && !Keys.isToOne(a)).toList();
    if (ids.size() != 1) {
      return key;
    }
    return List.of(apply(new Mapper.Target(entity, table, false), ids.get(0), key.get(0)));
  }
}
