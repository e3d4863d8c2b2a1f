package io.fkguard.check.model;

/** A {@code create sequence … start with … increment by …}. */
public record ModelSequence(QualifiedName name, long start, long increment) {}
