package io.fkguard.sample.shop;

public class ProductNotFound extends RuntimeException {
  public ProductNotFound(long id) {
    super("no product with id " + id);
  }
}
