package io.fkguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The nullable foreign key on this attribute is served by a partial b-tree index on its columns,
 * by default {@code WHERE <columns> IS NOT NULL}: far smaller than a full index when most rows
 * are NULL, and still used by deletes on the referenced table.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface PartialIndex {
  /** Index name; may contain {@code {table}} and {@code {columns}} (see {@link IndexedBy}). */
  String name();

  /** Index predicate (one SQL expression); empty means {@code <columns> IS NOT NULL}. */
  String where() default "";

  /** Why this foreign key is indexed this way (becomes a comment on the index). Optional. */
  String reason() default "";
}
