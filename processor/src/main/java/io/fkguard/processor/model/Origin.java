package io.fkguard.processor.model;

/**
 * Where a model fact was declared, as plain names so the model stays free of javac types and
 * survives across rounds. The reporter resolves it back to the most precise source position.
 *
 * @param entity qualified name of the entity whose table holds the fact (used for suppression and
 *     as the fallback position when {@code type} exists only as a class file)
 * @param type qualified name of the type that declares it: the entity, a mapped superclass or
 *     an embeddable
 * @param member simple name of the field or getter, or {@code null} for the type itself
 * @param annotation qualified name of the annotation on that element, or {@code null}
 * @param path path to a value inside that annotation, e.g. {@code "name"} or
 *     {@code "indexes[1].columnList"}, or {@code null} for the whole annotation
 */
public record Origin(String entity, String type, String member, String annotation, String path) {

  public static Origin ofType(String type) {
    return new Origin(type, type, null, null, null);
  }

  public static Origin ofMember(String entity, String type, String member) {
    return new Origin(entity, type, member, null, null);
  }

  public Origin withAnnotation(String annotation, String path) {
    return new Origin(entity, type, member, annotation, path);
  }

  /** {@code Product.category}, or {@code Product} for a type: how messages name the place. */
  public String describe() {
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return member == null ? simple : simple + "." + member;
  }
}
