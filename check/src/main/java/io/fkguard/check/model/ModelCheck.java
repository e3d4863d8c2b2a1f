package io.fkguard.check.model;

/**
 * A check constraint: a table-level {@code constraint name check (…)}, or a column's inline
 * {@code check (…)}, which has no name in the file ({@code name} is then the one PostgreSQL
 * gives it, {@code <table>_<column>_check}, and {@code column} is set).
 */
public record ModelCheck(String name, String column, String expression) {}
