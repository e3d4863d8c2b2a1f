package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Every entity fkguard meets, by qualified name: the compiled ones and the ones only reachable
 * through references (FK targets, superclasses), which may exist only as class files.
 */
final class EntityCatalog {
  private final Naming naming;
  private final Attributes attributes;
  private final Map<String, EntityInfo> byName = new TreeMap<>();
  /**
   * Roots of the hierarchies that have a known subclass, kept up to date as entities are added:
   * asking every entity "does anything extend you?" by a walk over all entities was quadratic.
   */
  private final Set<EntityInfo> rootsWithSubclasses = Collections.newSetFromMap(new IdentityHashMap<>());

  EntityCatalog(Naming naming, Attributes attributes) {
    this.naming = naming;
    this.attributes = attributes;
  }

  /** The entity for a type, or empty when the type is not an {@code @Entity}. */
  Optional<EntityInfo> get(TypeElement type) {
    if (!Mirrors.has(type, Jpa.ENTITY)) {
      return Optional.empty();
    }
    String name = type.getQualifiedName().toString();
    EntityInfo known = byName.get(name);
    if (known == null) {
      known = build(type);
      byName.put(name, known);
      if (known.parent != null) {
        rootsWithSubclasses.add(known.root());
      }
    }
    return Optional.of(known);
  }

  Optional<EntityInfo> get(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element) {
      return get(element);
    }
    return Optional.empty();
  }

  /** All entities met so far, sorted by qualified name. */
  List<EntityInfo> all() {
    return new ArrayList<>(byName.values());
  }

  /** Whether any known entity extends {@code root} (then SINGLE_TABLE needs a discriminator). */
  boolean hasSubclasses(EntityInfo root) {
    return rootsWithSubclasses.contains(root);
  }

  private EntityInfo build(TypeElement type) {
    EntityInfo parent = null;
    List<TypeElement> segment = new ArrayList<>();
    segment.add(type);
    for (TypeElement s = superclass(type); s != null; s = superclass(s)) {
      if (Mirrors.has(s, Jpa.ENTITY)) {
        parent = get(s).orElseThrow();
        break;
      }
      if (Mirrors.has(s, Jpa.MAPPED_SUPERCLASS)) {
        segment.add(0, s);
      }
    }
    String entityName = Mirrors.find(type, Jpa.ENTITY)
        .flatMap(m -> Mirrors.nonEmpty(m, "name"))
        .orElse(type.getSimpleName().toString());
    EntityInfo.Strategy strategy = parent != null ? parent.strategy : declaredStrategy(type);
    Optional<String> tableName = Mirrors.find(type, Jpa.TABLE).flatMap(m -> Mirrors.nonEmpty(m, "name"));
    Optional<String> schema = Mirrors.find(type, Jpa.TABLE).flatMap(m -> Mirrors.nonEmpty(m, "schema"));
    String table;
    String schemaName;
    if (parent != null && strategy == EntityInfo.Strategy.SINGLE_TABLE) {
      table = parent.table;
      schemaName = parent.schema;
    } else {
      table = naming.table(tableName.orElse(entityName));
      schemaName = schema.map(naming::table).orElse(null);
    }
    boolean ownsTable = !(parent != null && strategy == EntityInfo.Strategy.SINGLE_TABLE)
        && !(strategy == EntityInfo.Strategy.TABLE_PER_CLASS
            && type.getModifiers().contains(Modifier.ABSTRACT));
    List<TypeElement> hierarchy = new ArrayList<>(segment);
    for (EntityInfo p = parent; p != null; p = p.parent) {
      hierarchy.addAll(0, p.segment);
    }
    Attributes.Access access = parent != null ? parent.access : attributes.defaultAccess(hierarchy);
    return new EntityInfo(type, entityName, parent, strategy, schemaName, table, ownsTable,
        segment, access);
  }

  private static EntityInfo.Strategy declaredStrategy(TypeElement root) {
    String strategy = Mirrors.find(root, Jpa.INHERITANCE)
        .map(m -> Mirrors.enumName(m, "strategy")).orElse("SINGLE_TABLE");
    return switch (strategy) {
      case "JOINED" -> EntityInfo.Strategy.JOINED;
      case "TABLE_PER_CLASS" -> EntityInfo.Strategy.TABLE_PER_CLASS;
      default -> EntityInfo.Strategy.SINGLE_TABLE;
    };
  }

  static TypeElement superclass(TypeElement type) {
    TypeMirror s = type.getSuperclass();
    if (s.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) s).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }
}
