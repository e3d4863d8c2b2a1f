package corpus.validation;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An application's composed constraint: Hibernate applies what composes it. */
@NotNull
@Size(max = 12)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Sku {
  String message() default "not a SKU";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Overrides the composing @Size's max. */
  @OverridesAttribute(constraint = Size.class, name = "max")
  int maxLength() default 12;
}
