package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Types without their type-use annotations, and their names.
 *
 * <p>On JDK 17 a type-use annotation is part of the {@code TypeMirror}: {@code @NotBlank String}
 * prints as {@code @jakarta.validation.constraints.NotBlank java.lang.String}, and
 * {@code Types.erasure} keeps the annotation. Bean Validation, JSpecify, Checker Framework and
 * Lombok put such annotations on almost every attribute of real entities, and none of them changes
 * how Hibernate stores the attribute. So every attribute type is rebuilt without them once, where
 * attributes are made ({@link Attributes}), and names are taken from elements, never from
 * {@code toString()}: no comparison further down can see an annotation.
 */
final class PlainTypes {
  private PlainTypes() {}

  /** {@code type} rebuilt without type-use annotations, at every depth (arguments, bounds, components). */
  static TypeMirror strip(Types types, TypeMirror type) {
    try {
      return rebuild(types, type);
    } catch (IllegalArgumentException unexpectedShape) {
      // A shape javac will not rebuild (none known): keep the type; names below still ignore
      // its annotations.
      return type;
    }
  }

  private static TypeMirror rebuild(Types types, TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return types.getPrimitiveType(type.getKind());
    }
    switch (type.getKind()) {
      case ARRAY:
        return types.getArrayType(rebuild(types, ((ArrayType) type).getComponentType()));
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return types.getWildcardType(
            wildcard.getExtendsBound() == null ? null : rebuild(types, wildcard.getExtendsBound()),
            wildcard.getSuperBound() == null ? null : rebuild(types, wildcard.getSuperBound()));
      case TYPEVAR:
        // The variable as declared carries no type-use annotation of this use site.
        return ((TypeVariable) type).asElement().asType();
      case DECLARED:
        return declared(types, (DeclaredType) type);
      default:
        return type; // error types (javac reports them), void, none
    }
  }

  private static TypeMirror declared(Types types, DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    List<TypeMirror> arguments = new ArrayList<>();
    for (TypeMirror argument : type.getTypeArguments()) {
      arguments.add(rebuild(types, argument));
    }
    TypeMirror[] args = arguments.toArray(new TypeMirror[0]);
    TypeMirror enclosing = type.getEnclosingType();
    // An inner class of a parameterized class keeps its enclosing type's arguments.
    if (enclosing.getKind() == TypeKind.DECLARED
        && !((DeclaredType) enclosing).getTypeArguments().isEmpty()) {
      return types.getDeclaredType((DeclaredType) rebuild(types, enclosing), element, args);
    }
    return types.getDeclaredType(element, args);
  }

  /**
   * The erased type's name as Hibernate's type registry knows it: {@code java.lang.String},
   * {@code int}, {@code byte[]}, {@code java.lang.Character[]}. Built from elements and kinds, so
   * it never contains an annotation, whatever the JDK prints for the mirror.
   */
  static String name(Types types, TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(Locale.ROOT);
    }
    switch (type.getKind()) {
      case ARRAY:
        return name(types, ((ArrayType) type).getComponentType()) + "[]";
      case DECLARED:
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? "java.lang.Object" : name(types, bound);
      case TYPEVAR:
        TypeMirror erased = types.erasure(type);
        return erased.getKind() == TypeKind.TYPEVAR ? erased.toString() : name(types, erased);
      default:
        return type.toString();
    }
  }
}
