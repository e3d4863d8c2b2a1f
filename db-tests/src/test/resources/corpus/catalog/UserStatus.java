package corpus.catalog;

public enum UserStatus { INVITED, ACTIVE, SUSPENDED, CLOSED }
