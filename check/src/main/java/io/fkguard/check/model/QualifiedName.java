package io.fkguard.check.model;

/**
 * A relation's name as the DDL wrote it: {@code schema} is {@code null} when unqualified (the
 * connection's current schema, normally {@code public}). Names are compared as PostgreSQL stores
 * them: the parser folds unquoted identifiers to lower case, as the server does.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

  /** The same name, its schema filled in with {@code defaultSchema} when the DDL left it out. */
  public QualifiedName resolve(String defaultSchema) {
    return schema == null ? new QualifiedName(defaultSchema, name) : this;
  }

  @Override
  public int compareTo(QualifiedName other) {
    int bySchema = String.valueOf(schema).compareTo(String.valueOf(other.schema));
    return bySchema != 0 ? bySchema : name.compareTo(other.name);
  }

  /** As SQL: {@code name} or {@code schema.name}, each part quoted only when it must be. */
  public String sql() {
    return schema == null ? Identifiers.quote(name) : Identifiers.quote(schema) + "." + Identifiers.quote(name);
  }

  @Override
  public String toString() {
    return sql();
  }
}
