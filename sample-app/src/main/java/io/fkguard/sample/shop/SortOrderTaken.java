package io.fkguard.sample.shop;

/** Another product of the category already has this sort order. */
public class SortOrderTaken extends RuntimeException {
  public SortOrderTaken(long categoryId, int sortOrder, Throwable cause) {
    super("category " + categoryId + " already has a product at sort order " + sortOrder, cause);
  }
}
