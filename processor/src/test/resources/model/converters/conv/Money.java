package conv;

/** A value type stored through a converter. */
public record Money(long cents) {}
