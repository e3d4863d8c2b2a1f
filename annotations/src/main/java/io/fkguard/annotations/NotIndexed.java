package io.fkguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deliberate decision not to index the foreign key on this attribute, for example a tiny
 * lookup table that is never deleted from. The reason is required and must not be blank.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface NotIndexed {
  /** Why no index: read by reviewers and written beside the foreign key in the DDL. */
  String reason();
}
