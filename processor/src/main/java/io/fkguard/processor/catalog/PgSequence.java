package io.fkguard.processor.catalog;

/** A sequence, by qualified name ({@code audit.event_seq}). */
public record PgSequence(String name, long start, int increment) {}
