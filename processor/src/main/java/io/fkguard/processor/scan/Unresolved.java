package io.fkguard.processor.scan;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether an entity still refers to types javac cannot resolve yet: typically classes another
 * processor generates in a later round. Such an entity is deferred, by name, to the next round.
 */
public final class Unresolved {
  private Unresolved() {}

  public static boolean in(TypeElement type) {
    for (TypeElement t = type; t != null; t = EntityCatalog.superclass(t)) {
      if (t.getSuperclass().getKind() == TypeKind.ERROR) {
        return true;
      }
      for (Element member : t.getEnclosedElements()) {
        if (member instanceof VariableElement field && isError(field.asType())) {
          return true;
        }
        if (member instanceof ExecutableElement method && isError(method.getReturnType())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return isError(array.getComponentType());
    }
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        if (isError(argument)) {
          return true;
        }
      }
    }
    return false;
  }
}
