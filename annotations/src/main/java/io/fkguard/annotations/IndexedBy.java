package io.fkguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The foreign key on this {@code @ManyToOne} / {@code @OneToOne} attribute is served by a b-tree
 * index named {@link #value()} whose leading columns are the foreign-key columns, in order.
 *
 * <p>If {@code @Table(indexes = ...)} declares an {@code @Index} of that name, it must start with
 * the foreign-key columns; otherwise fkguard creates a single b-tree index on the foreign-key
 * columns under that name. The name may contain {@code {table}} (the physical table name) and
 * {@code {columns}} (the foreign-key columns joined by {@code _}), so one decision in a
 * {@code @MappedSuperclass} or an {@code @Embeddable} names one index per foreign key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface IndexedBy {
  /** Index name, e.g. {@code "product_created_by_idx"} or {@code "{table}_created_by_idx"} or {@code "{table}_{columns}_idx"}. */
  String value();

  /** Why this foreign key needs an index (becomes a comment on the index). Optional. */
  String reason() default "";
}
