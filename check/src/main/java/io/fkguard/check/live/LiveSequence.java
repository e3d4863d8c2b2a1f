package io.fkguard.check.live;

import io.fkguard.check.model.QualifiedName;

/** A sequence as {@code pg_sequence} has it. */
public record LiveSequence(QualifiedName name, long start, long increment) {}
