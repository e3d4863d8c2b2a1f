package tu;

public record Money(long cents) {}
