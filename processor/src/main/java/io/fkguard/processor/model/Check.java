package io.fkguard.processor.model;

/**
 * A table check constraint Hibernate adds.
 *
 * @param name a stable name (see {@link ConstraintNames#check}), so migrations can replace it
 * @param expression the SQL expression, e.g. {@code dtype in ('Item','Book')}
 */
public record Check(String name, String expression) {}
