package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Collections: {@code @ManyToMany} join tables, {@code @ElementCollection} collection tables and
 * unidirectional {@code @OneToMany} with {@code @JoinColumn}. Hibernate gives a join or collection
 * table a primary key only for a {@code Set} (all columns) or an indexed {@code List} (key +
 * order column); a plain {@code List}/{@code Collection} is a bag without one, which is exactly
 * when its foreign key is left without an index.
 */
final class CollectionMapper {
  private final ScanContext ctx;
  private final Keys keys;
  private final Mapper mapper;

  CollectionMapper(ScanContext ctx, Keys keys, Mapper mapper) {
    this.ctx = ctx;
    this.keys = keys;
    this.mapper = mapper;
  }

  private enum Kind { SET, LIST, BAG, MAP }

  void map(Mapper.Target owner, Attribute a, Origin origin, Overrides overrides) {
    String relation = a.has(Jpa.ELEMENT_COLLECTION) ? Jpa.ELEMENT_COLLECTION
        : a.has(Jpa.MANY_TO_MANY) ? Jpa.MANY_TO_MANY : Jpa.ONE_TO_MANY;
    AnnotationMirror annotation = Mirrors.find(a.element(), relation).orElseThrow();
    if (!relation.equals(Jpa.ELEMENT_COLLECTION) && Mirrors.nonEmpty(annotation, "mappedBy").isPresent()) {
      if (Mirrors.has(a.element(), OnDeletes.ON_DELETE)) {
        ctx.problem(origin.withAnnotation(OnDeletes.ON_DELETE, null), "@OnDelete on " + a.name()
            + ", the inverse side of mappedBy = \"" + Mirrors.string(annotation, "mappedBy")
            + "\": fkguard does not guess which foreign key it changes; put @OnDelete on the"
            + " owning @ManyToOne of the other entity instead, where Hibernate applies it to that"
            + " foreign key");
      }
      return; // the inverse side: the owning side maps the foreign key
    }
    boolean map = BasicTypes.isA(ctx, a.type(), "java.util.Map");
    if (map && (!relation.equals(Jpa.ELEMENT_COLLECTION)
        || MapKeys.UNSUPPORTED.stream().anyMatch(a::has))) {
      ctx.problem(origin, a.name() + " is a Map of entities or keyed by an entity or by an attribute"
          + " of its values (@MapKey, @MapKeyJoinColumn, @MapKeyClass); fkguard maps only"
          + " @ElementCollection Maps keyed by a basic type or an enum yet: use a Set or List of"
          + " the entities, or @Transient for now");
      return;
    }
    if (!map && !BasicTypes.isA(ctx, a.type(), "java.util.Collection")) {
      ctx.problem(origin, a.name() + " is annotated as a collection but its type " + a.type()
          + " is not a java.util.Collection");
      return;
    }
    Kind kind = map ? Kind.MAP : BasicTypes.isA(ctx, a.type(), "java.util.Set") ? Kind.SET
        : a.has(Jpa.ORDER_COLUMN) ? Kind.LIST : Kind.BAG;
    Optional<TypeMirror> element = Mirrors.type(annotation, relation.equals(Jpa.ELEMENT_COLLECTION) ? "targetClass" : "targetEntity")
        .or(() -> elementType(a.type()));
    if (element.isEmpty()) {
      ctx.problem(origin, "the element type of " + a.name() + " is unknown: declare it as a type "
          + "argument (Set<Tag> or Set<? extends Tag>, not a raw type, ? or ? super Tag), or name it "
          + "with targetEntity / targetClass");
      return;
    }
    List<Column> ownerKey = keys.of(owner.entity);
    if (relation.equals(Jpa.ELEMENT_COLLECTION)) {
      elementCollection(owner, a, origin, element.get(), kind, ownerKey);
      return;
    }
    Optional<EntityInfo> target = ctx.catalog.get(element.get());
    if (target.isEmpty()) {
      ctx.problem(origin, a.name() + " holds " + element.get() + ", which is not an @Entity");
    } else if (relation.equals(Jpa.MANY_TO_MANY)) {
      joinTable(owner, a, origin, target.get(), kind, ownerKey, overrides.joinTable(a.name()), false);
    } else if (!Mirrors.repeated(a.element(), Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS).isEmpty()) {
      oneToManyJoinColumn(owner, a, origin, target.get(), ownerKey);
    } else if (kind == Kind.SET) {
      joinTable(owner, a, origin, target.get(), kind, ownerKey, overrides.joinTable(a.name()), true);
    } else {
      // Hibernate gives a list or bag join table an unnamed unique key on the child column, which
      // the model has no source for yet (rules and generated files name every index's origin).
      ctx.problem(origin, "a unidirectional @OneToMany List or Collection without @JoinColumn uses "
          + "a join table whose unique key on the child column fkguard does not map yet; declare it "
          + "a Set (its join table, primary key on the child column, is mapped), add "
          + "@JoinColumn(name = \"...\"), or map the other side with @ManyToOne and use mappedBy");
    }
  }

  /**
   * A join table: of a {@code @ManyToMany}, or of a unidirectional {@code @OneToMany} without
   * {@code @JoinColumn} ({@code oneToMany}), whose {@code Set} Hibernate 7.4 keys by the child
   * column alone: each child belongs to one owner.
   */
  private void joinTable(Mapper.Target owner, Attribute a, Origin origin, EntityInfo target,
      Kind kind, List<Column> ownerKey, AnnotationMirror override, boolean oneToMany) {
    AnnotationMirror jt = override != null ? override : Mirrors.find(a.element(), Jpa.JOIN_TABLE).orElse(null);
    if (Mirrors.has(a.element(), OnDeletes.ON_DELETE)) {
      ctx.problem(origin.withAnnotation(OnDeletes.ON_DELETE, null), "@OnDelete on " + a.name()
          + ", which maps a join table: fkguard does not model an ON DELETE action on a join"
          + " table's foreign keys yet; remove it, or map the join table as an entity with two"
          + " @ManyToOne and put @OnDelete on those");
    }
    String name = Optional.ofNullable(jt).flatMap(m -> Mirrors.nonEmpty(m, "name")).map(ctx.naming::table)
        .orElse(ctx.naming.joinTable(owner.table.name, ctx.tableOf(target).name, a.name()));
    String schema = Optional.ofNullable(jt).flatMap(m -> Mirrors.nonEmpty(m, "schema")).map(ctx.naming::table).orElse(null);
    Origin tableOrigin = origin.withAnnotation(jt != null ? Jpa.JOIN_TABLE
        : oneToMany ? Jpa.ONE_TO_MANY : Jpa.MANY_TO_MANY, null);
    TableBuilder table = ctx.table(schema, name, Table.Kind.JOIN_TABLE, tableOrigin);
    // JPA: the owner's columns are named after the inverse attribute when the relationship is
    // bidirectional, after the owning entity otherwise.
    String ownerPrefix = inverseAttribute(owner.entity, target, a.name()).orElse(owner.entity.entityName);
    JoinColumns ownerColumns = JoinColumns.resolve(ctx, jt == null ? List.of() : Mirrors.annotations(jt, "joinColumns"),
        ownerKey, ownerPrefix, false, origin);
    JoinColumns targetColumns = JoinColumns.resolve(ctx, jt == null ? List.of() : Mirrors.annotations(jt, "inverseJoinColumns"),
        keys.of(target), a.name(), false, origin);
    ownerColumns.columns().forEach(table::column);
    targetColumns.columns().forEach(table::column);
    List<String> pk = new ArrayList<>(oneToMany ? List.of() : ownerColumns.names());
    if (kind == Kind.SET) {
      pk.addAll(targetColumns.names());
    } else if (kind == Kind.LIST) {
      pk.add(orderColumn(a, table, origin));
    }
    if (kind != Kind.BAG) {
      table.primaryKey(pk);
    }
    table.foreignKey(new ForeignKey(ownerColumns.constraintName(), ownerColumns.names(),
        owner.table.qualifiedName(), ownerColumns.referenced(), false, ForeignKey.Source.JOIN_TABLE,
        List.of(), tableOrigin));
    table.foreignKey(new ForeignKey(targetColumns.constraintName(), targetColumns.names(),
        target.qualifiedTable(), targetColumns.referenced(), false, ForeignKey.Source.JOIN_TABLE,
        List.of(), tableOrigin));
    if (jt != null) {
      mapper.tableLevel(table, jt, tableOrigin);
    }
  }

  private void elementCollection(Mapper.Target owner, Attribute a, Origin origin,
      TypeMirror element, Kind kind, List<Column> ownerKey) {
    AnnotationMirror ct = Mirrors.find(a.element(), Jpa.COLLECTION_TABLE).orElse(null);
    String name = Optional.ofNullable(ct).flatMap(m -> Mirrors.nonEmpty(m, "name")).map(ctx.naming::table)
        .orElse(ctx.naming.table(owner.entity.entityName + "_" + a.name()));
    String schema = Optional.ofNullable(ct).flatMap(m -> Mirrors.nonEmpty(m, "schema")).map(ctx.naming::table).orElse(null);
    Origin tableOrigin = origin.withAnnotation(ct != null ? Jpa.COLLECTION_TABLE : Jpa.ELEMENT_COLLECTION, null);
    TableBuilder table = ctx.table(schema, name, Table.Kind.COLLECTION_TABLE, tableOrigin);
    JoinColumns key = JoinColumns.resolve(ctx, ct == null ? List.of() : Mirrors.annotations(ct, "joinColumns"),
        ownerKey, owner.entity.entityName, false, origin);
    key.columns().forEach(table::column);
    Mapper.Target values = new Mapper.Target(owner.entity, table, false, true);
    List<String> valueColumns = new ArrayList<>();
    if (element instanceof DeclaredType declared && Mirrors.has(declared.asElement(), Jpa.EMBEDDABLE)) {
      for (Attribute part : Columns.ofEmbeddable(ctx, declared, owner.entity.access)) {
        mapper.mapAttribute(values, part, Overrides.of(a.element()));
      }
      table.columnNames().stream().filter(c -> !key.names().contains(c)).forEach(valueColumns::add);
    } else {
      Attribute value = new Attribute(a.name(), a.element(), element, a.declaringType());
      if (BasicTypes.check(ctx, value, origin)) {
        Column column = Columns.basic(ctx, value, null, origin);
        table.column(column);
        valueColumns.add(column.name());
      }
    }
    List<String> pk = new ArrayList<>(key.names());
    if (kind == Kind.SET && valueColumns.stream().allMatch(table::isNotNull)) {
      pk.addAll(valueColumns);
      table.primaryKey(pk);
    } else if (kind == Kind.SET) {
      // Elements may be NULL, which a primary key forbids: Hibernate adds an unnamed unique key.
      List<String> unique = new ArrayList<>(key.names());
      unique.addAll(valueColumns);
      table.index(new Index(null, unique, true, null, Index.Source.COLLECTION_SET, tableOrigin));
    } else if (kind == Kind.LIST) {
      pk.add(orderColumn(a, table, origin));
      table.primaryKey(pk);
    } else if (kind == Kind.MAP && mapKey(a, table, origin, pk)) {
      table.primaryKey(pk);
    }
    table.foreignKey(new ForeignKey(key.constraintName(), key.names(), owner.table.qualifiedName(),
        key.referenced(), false, ForeignKey.Source.COLLECTION_TABLE, List.of(), tableOrigin,
        OnDeletes.of(a.element())));
    if (ct != null) {
      mapper.tableLevel(table, ct, tableOrigin);
    }
  }

  private void oneToManyJoinColumn(Mapper.Target owner, Attribute a, Origin origin,
      EntityInfo target, List<Column> ownerKey) {
    TableBuilder child = ctx.tableOf(target);
    JoinColumns join = JoinColumns.resolve(ctx, Mirrors.repeated(a.element(), Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS),
        ownerKey, a.name(), true, origin);
    join.columns().forEach(child::column);
    if (a.has(Jpa.ORDER_COLUMN)) {
      // The list's order lives in the child table too. Hibernate 7.4 exports it nullable (the
      // child may belong to no list) unless @OrderColumn(nullable = false), with its >= 0 check.
      boolean nullable = Mirrors.find(a.element(), Jpa.ORDER_COLUMN)
          .map(m -> Mirrors.bool(m, "nullable", true)).orElse(true);
      orderColumn(a, child, nullable, origin);
    }
    child.foreignKey(new ForeignKey(join.constraintName(), join.names(), owner.table.qualifiedName(),
        join.referenced(), join.columns().stream().anyMatch(Column::nullable),
        ForeignKey.Source.ONE_TO_MANY, List.of(), origin.withAnnotation(Jpa.JOIN_COLUMN, null),
        OnDeletes.of(a.element())));
  }

  /** The map key column, added to the table and to {@code pk}; false after a MappingError. */
  private boolean mapKey(Attribute a, TableBuilder table, Origin origin, List<String> pk) {
    Optional<TypeMirror> keyType = MapKeys.keyType(a.type());
    if (keyType.isEmpty()) {
      ctx.problem(origin, "the key type of " + a.name() + " is unknown: declare it as a type "
          + "argument (Map<String, String>, not a raw Map)");
      return false;
    }
    Attribute key = new Attribute(a.name(), a.element(), keyType.get(), a.declaringType());
    if (!Columns.isEnum(keyType.get()) && !BasicTypes.check(ctx, key, origin)) {
      return false;
    }
    Column column = MapKeys.column(ctx, a, keyType.get(), origin);
    table.column(column);
    pk.add(column.name());
    return true;
  }

  private String orderColumn(Attribute a, TableBuilder table, Origin origin) {
    return orderColumn(a, table, false, origin);
  }

  private String orderColumn(Attribute a, TableBuilder table, boolean nullable, Origin origin) {
    String name = Mirrors.find(a.element(), Jpa.ORDER_COLUMN).flatMap(m -> Mirrors.nonEmpty(m, "name"))
        .orElse(a.name() + "_ORDER");
    Column column = Column.simple(ctx.naming.column(name), "int", nullable, origin);
    table.column(column);
    table.check(column.name(), "check", column.name() + ">=0"); // Hibernate's check on every order column
    return column.name();
  }

  /**
   * The attribute of {@code target} declared {@code @ManyToMany(mappedBy = attribute)} whose
   * elements are {@code owner} (or a supertype of it), if any. Two entities may own a
   * {@code tags} of one target: only the inverse side holding this owner names its columns.
   */
  private Optional<String> inverseAttribute(EntityInfo owner, EntityInfo target, String attribute) {
    List<TypeElement> segments = new ArrayList<>();
    target.lineage().forEach(e -> segments.addAll(e.segment));
    return Columns.ofEntity(ctx, target, segments).stream()
        .filter(t -> Mirrors.find(t.element(), Jpa.MANY_TO_MANY)
            .filter(m -> Mirrors.string(m, "mappedBy").equals(attribute))
            .flatMap(m -> Mirrors.type(m, "targetEntity").or(() -> elementType(t.type())))
            .flatMap(ctx.catalog::get)
            .map(holds -> owner.lineage().contains(holds)).orElse(false))
        .map(Attribute::name).findFirst();
  }

  /**
   * The element type: the last type argument, or the upper bound of a wildcard. Kotlin's
   * {@code Set<Tag>} in an open class reaches kapt as {@code Set<? extends Tag>}, which Hibernate
   * maps like {@code Set<Tag>}; {@code ?} and {@code ? super Tag} name no element type.
   */
  private static Optional<TypeMirror> elementType(TypeMirror collection) {
    if (collection instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      List<? extends TypeMirror> args = declared.getTypeArguments();
      TypeMirror element = args.get(args.size() - 1);
      if (element instanceof WildcardType wildcard) {
        return Optional.ofNullable(wildcard.getExtendsBound());
      }
      return Optional.of(element);
    }
    return Optional.empty();
  }
}
