package io.fkguard.check;

/** The check could not run: the model cannot be read, or the database cannot be read. */
public final class FkguardCheckException extends RuntimeException {
  public FkguardCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
