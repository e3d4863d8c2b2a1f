package corpus.hibernate;

/** A value type no JPA provider knows: only its auto-applied converter makes it a column. */
public record Cents(long value) {}
