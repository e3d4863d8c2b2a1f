package io.fkguard.processor.scan;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: a field (field access) or a getter (property access).
 *
 * @param name the attribute name ({@code category} for field {@code category} or getter
 *     {@code getCategory()})
 * @param element the field or getter that carries the mapping annotations
 * @param type the attribute's type as seen from the entity, with type variables of generic mapped
 *     superclasses resolved and without type-use annotations ({@link PlainTypes})
 * @param declaringType the class that declares it (entity, mapped superclass or embeddable)
 */
record Attribute(String name, Element element, TypeMirror type, TypeElement declaringType) {

  boolean has(String annotation) {
    return Mirrors.has(element, annotation);
  }
}
