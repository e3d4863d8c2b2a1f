package io.fkguard.check.model;

/** The model could not be read: a missing file, or a statement the parser does not know (with its line). */
public final class SchemaSqlException extends Exception {
  public SchemaSqlException(String message) {
    super(message);
  }

  public SchemaSqlException(String message, Throwable cause) {
    super(message, cause);
  }
}
