package io.fkguard.processor.model;

/**
 * A decision annotation on something that is not the owning side of a foreign key.
 *
 * @param decision the annotation
 * @param table the table of the entity that declares it, or {@code null} when it is outside any
 *     entity
 * @param what what it sits on, for the message: e.g. {@code "the basic column name"} or
 *     {@code "the inverse side of a relationship (mappedBy = \"products\")"}
 */
public record MisplacedDecision(IndexDecision decision, String table, String what) {}
