package io.fkguard.check.live;

/** A column as {@code pg_attribute} has it; {@code type} is {@code format_type}'s text. */
public record LiveColumn(String name, String type, boolean notNull, boolean identity) {}
