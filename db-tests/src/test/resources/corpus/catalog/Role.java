package corpus.catalog;

public enum Role { BUYER, SELLER, SUPPORT, ADMIN }
