package io.fkguard.sample.shop;

/** The seed's {@code errors.NotAllowed}: only a superuser may edit a superuser's product. */
public class NotAllowed extends RuntimeException {
  public NotAllowed(String message) {
    super(message);
  }
}
