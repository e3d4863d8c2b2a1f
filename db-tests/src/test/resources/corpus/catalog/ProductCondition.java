package corpus.catalog;

/** Stored ORDINAL: never reorder the constants. */
public enum ProductCondition { NEW, USED, REFURBISHED }
