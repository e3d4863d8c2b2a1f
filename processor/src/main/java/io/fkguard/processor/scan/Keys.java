package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.DeclaredType;

/**
 * Primary-key columns of entities, in the order Hibernate writes them: a composite key
 * ({@code @EmbeddedId} or {@code @IdClass}) is ordered by attribute name, not declaration order.
 */
final class Keys {
  private final ScanContext ctx;
  private final Map<String, List<Column>> memo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  Keys(ScanContext ctx) {
    this.ctx = ctx;
  }

  List<Column> of(EntityInfo entity) {
    List<Column> known = memo.get(entity.qualifiedName);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(entity.qualifiedName)) {
      ctx.problem(Origin.ofType(entity.qualifiedName), "the primary key of " + entity.entityName
          + " depends on itself through @Id/@MapsId relationships; break the cycle");
      return List.of();
    }
    try {
      List<Column> key = compute(entity);
      memo.put(entity.qualifiedName, key);
      return key;
    } finally {
      inProgress.remove(entity.qualifiedName);
    }
  }

  private List<Column> compute(EntityInfo entity) {
    if (entity.parent != null) {
      List<Column> parentKey = of(entity.parent);
      return entity.strategy == EntityInfo.Strategy.JOINED
          ? primaryKeyJoinColumns(entity, parentKey) : parentKey;
    }
    List<Attribute> attributes = Columns.ofEntity(ctx, entity, entity.segment);
    List<Attribute> ids = attributes.stream()
        .filter(a -> a.has(Jpa.ID) || a.has(Jpa.EMBEDDED_ID)).toList();
    if (ids.isEmpty()) {
      ctx.problem(Origin.ofType(entity.qualifiedName), "entity " + entity.entityName
          + " has no @Id or @EmbeddedId; Hibernate cannot map it (add an @Id attribute)");
      return List.of();
    }
    Map<String, List<Column>> byAttribute = new HashMap<>();
    Optional<Attribute> embeddedId = ids.stream().filter(Keys::isEmbeddedId).findFirst();
    if (embeddedId.isPresent()) {
      Attribute id = embeddedId.get();
      Overrides overrides = Overrides.of(id.element());
      for (Attribute part : Columns.ofEmbeddable(ctx, (DeclaredType) id.type(), entity.access)) {
        Origin origin = Origin.ofMember(entity.qualifiedName, id.declaringType().getQualifiedName().toString(), id.name());
        byAttribute.put(part.name(), List.of(Columns.basic(ctx, part,
            overrides.column(part.name()), origin).withNullable(false)));
      }
    } else {
      for (Attribute id : ids) {
        byAttribute.put(id.name(), isToOne(id) ? joinColumns(entity, id) : List.of(Generation.apply(
            ctx, entity, id, Columns.basic(ctx, id, null, origin(entity, id)))));
      }
    }
    // @MapsId: the relationship's join columns take the place of the id (or the named id part).
    for (Attribute relation : attributes) {
      Optional<AnnotationMirror> mapsId = Mirrors.find(relation.element(), Jpa.MAPS_ID);
      if (mapsId.isPresent() && isToOne(relation)) {
        String part = Mirrors.string(mapsId.get(), "value");
        String replaced = part.isEmpty() && byAttribute.size() == 1
            ? byAttribute.keySet().iterator().next() : part;
        if (byAttribute.containsKey(replaced)) {
          byAttribute.put(replaced, joinColumns(entity, relation));
        }
      }
    }
    List<Column> key = new ArrayList<>();
    byAttribute.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> key.addAll(e.getValue()));
    return key;
  }

  /** The FK columns of a to-one that is part of the key: never nullable. */
  List<Column> joinColumns(EntityInfo entity, Attribute relation) {
    Optional<EntityInfo> target = ctx.catalog.get(relation.type());
    if (target.isEmpty()) {
      return List.of();
    }
    List<AnnotationMirror> written = Mirrors.repeated(relation.element(), Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS);
    return JoinColumns.resolve(ctx, written, of(target.get()), relation.name(), false,
        origin(entity, relation)).columns();
  }

  private List<Column> primaryKeyJoinColumns(EntityInfo entity, List<Column> parentKey) {
    List<AnnotationMirror> written = Mirrors.repeated(entity.type, Jpa.PRIMARY_KEY_JOIN_COLUMN,
        Jpa.PRIMARY_KEY_JOIN_COLUMN + "s");
    List<Column> key = new ArrayList<>();
    for (int i = 0; i < parentKey.size(); i++) {
      Column parent = parentKey.get(i);
      String name = i < written.size()
          ? Mirrors.nonEmpty(written.get(i), "name").map(ctx.naming::column).orElse(parent.name())
          : parent.name();
      key.add(parent.referencedAs(name, false, Origin.ofType(entity.qualifiedName)));
    }
    return key;
  }

  /**
   * {@code @EmbeddedId}, or {@code @Id} on an {@code @Embeddable} type, which Hibernate maps the
   * same way (columns of the embeddable, ordered by attribute name).
   */
  static boolean isEmbeddedId(Attribute a) {
    return a.has(Jpa.EMBEDDED_ID) || (a.has(Jpa.ID) && a.type() instanceof DeclaredType declared
        && Mirrors.has(declared.asElement(), Jpa.EMBEDDABLE));
  }

  static boolean isToOne(Attribute a) {
    return a.has(Jpa.MANY_TO_ONE) || a.has(Jpa.ONE_TO_ONE);
  }

  static Origin origin(EntityInfo entity, Attribute a) {
    return Origin.ofMember(entity.qualifiedName, a.declaringType().getQualifiedName().toString(), a.name());
  }
}
