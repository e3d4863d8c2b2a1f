package io.fkguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The foreign key on this attribute needs no index of its own: the named
 * {@code @UniqueConstraint} of the same table starts with the foreign-key columns, and its
 * unique index serves lookups and deletes on the referenced table.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface CoveredByUnique {
  /** Name of a {@code @UniqueConstraint} of the owning table; may contain {@code {table}} and {@code {columns}}. */
  String value();
}
