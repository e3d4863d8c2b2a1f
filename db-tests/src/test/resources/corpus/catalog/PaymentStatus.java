package corpus.catalog;

public enum PaymentStatus { PENDING, AUTHORIZED, CAPTURED, FAILED, REFUNDED }
