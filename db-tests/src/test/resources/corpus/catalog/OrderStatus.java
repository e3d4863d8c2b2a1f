package corpus.catalog;

public enum OrderStatus { DRAFT, PLACED, PAID, SHIPPED, DELIVERED, CANCELLED }
