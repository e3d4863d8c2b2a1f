package io.fkguard.processor.model;

/**
 * A sequence Hibernate uses for {@code @GeneratedValue} (AUTO or SEQUENCE on a numeric id).
 *
 * @param schema the schema, or {@code null} for the default
 * @param name physical name as PostgreSQL stores it (folded)
 * @param start {@code initialValue}, 1 by default
 * @param increment {@code allocationSize}, 50 by default (Hibernate's pooled optimizer)
 * @param origin the id attribute or the {@code @SequenceGenerator}
 */
public record Sequence(String schema, String name, long start, int increment, Origin origin) {

  public String qualifiedName() {
    return schema == null ? name : schema + "." + name;
  }
}
