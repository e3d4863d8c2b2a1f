package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Finds the persistent attributes of a class, honouring JPA access types. */
final class Attributes {
  private final Types types;
  /**
   * {@link #declared} per class, access and point of view: key resolution and table mapping both
   * walk every entity's members, and a mapped superclass is walked again for each entity. Symbols
   * and types compare by identity, which is what the key needs.
   */
  private final Map<DeclaredKey, List<Attribute>> declared = new HashMap<>();

  private record DeclaredKey(TypeElement type, Access access, DeclaredType seenFrom) {}

  Attributes(Types types) {
    this.types = types;
  }

  enum Access { FIELD, PROPERTY }

  /**
   * The access type of a hierarchy: where its {@code @Id} or {@code @EmbeddedId} sits (JPA 2.3.1),
   * field access when nothing says otherwise.
   */
  Access defaultAccess(List<TypeElement> hierarchy) {
    for (TypeElement type : hierarchy) {
      for (Element member : type.getEnclosedElements()) {
        if (Mirrors.has(member, Jpa.ID) || Mirrors.has(member, Jpa.EMBEDDED_ID)) {
          return member.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
        }
      }
    }
    return Access.FIELD;
  }

  /** {@code @Access} on the class overrides the hierarchy's default for that class (JPA 2.3.2). */
  Access accessOf(TypeElement type, Access inherited) {
    return Mirrors.find(type, Jpa.ACCESS)
        .map(m -> Mirrors.enumName(m, "value").equals("PROPERTY") ? Access.PROPERTY : Access.FIELD)
        .orElse(inherited);
  }

  /**
   * Persistent attributes declared by {@code type}, in declaration order, with types resolved as
   * members of {@code seenFrom} (so {@code T owner} in {@code Base<T>} becomes {@code User}) and
   * stripped of type-use annotations ({@link PlainTypes}).
   */
  List<Attribute> declared(TypeElement type, Access access, DeclaredType seenFrom) {
    DeclaredKey key = new DeclaredKey(type, access, seenFrom);
    List<Attribute> known = declared.get(key);
    if (known == null) {
      known = List.copyOf(walk(type, access, seenFrom));
      declared.put(key, known);
    }
    return known;
  }

  private List<Attribute> walk(TypeElement type, Access access, DeclaredType seenFrom) {
    List<Attribute> out = new ArrayList<>();
    if (access == Access.FIELD) {
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (persistent(field) && !field.getModifiers().contains(Modifier.TRANSIENT)) {
          out.add(new Attribute(field.getSimpleName().toString(), field,
              PlainTypes.strip(types, memberType(seenFrom, field)), type));
        }
      }
    } else {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        Optional<String> property = propertyName(method);
        if (property.isPresent() && persistent(method)) {
          TypeMirror methodType = types.asMemberOf(seenFrom, method);
          TypeMirror returned = methodType.getKind() == TypeKind.EXECUTABLE
              ? ((javax.lang.model.type.ExecutableType) methodType).getReturnType()
              : method.getReturnType();
          out.add(new Attribute(property.get(), method, PlainTypes.strip(types, returned), type));
        }
      }
    }
    return out;
  }

  private TypeMirror memberType(DeclaredType seenFrom, Element member) {
    try {
      return types.asMemberOf(seenFrom, member);
    } catch (IllegalArgumentException notAMember) {
      return member.asType();
    }
  }

  private static boolean persistent(Element member) {
    return !member.getModifiers().contains(Modifier.STATIC) && !Mirrors.has(member, Jpa.TRANSIENT);
  }

  /** {@code getCategory} → {@code category}, {@code isActive} → {@code active} (boolean only). */
  static Optional<String> propertyName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2
        && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.empty();
  }

  /** JavaBeans' rule: {@code Name} → {@code name}, but {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
