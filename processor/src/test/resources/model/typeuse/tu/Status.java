package tu;

public enum Status { DRAFT, ACTIVE, ARCHIVED }
