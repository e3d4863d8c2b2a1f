package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Maps one entity's attributes into tables: columns, the primary key, to-one foreign keys with
 * their decisions, embedded attributes, and (through {@link CollectionMapper}) collections.
 */
final class Mapper {
  private final ScanContext ctx;
  private final Keys keys;
  private final CollectionMapper collections;
  /** The embeddables being expanded, outermost first: one seen twice is a cycle, not a deep model. */
  private final java.util.Deque<String> embedding = new java.util.ArrayDeque<>();
  private final ValidationScope validation;

  Mapper(ScanContext ctx) {
    this.ctx = ctx;
    this.keys = new Keys(ctx);
    this.collections = new CollectionMapper(ctx, keys, this);
    this.validation = new ValidationScope(ctx);
  }

  /** Where attributes of one entity go, and how. */
  static final class Target {
    final EntityInfo entity;
    final TableBuilder table;
    /** SINGLE_TABLE subclass attributes share the root table, so Hibernate makes them nullable. */
    final boolean forceNullable;
    /** The elements of a collection of embeddables: columns of a component, as embedded ones are. */
    final boolean component;
    final List<String> naturalId = new ArrayList<>();
    Origin naturalIdOrigin;

    Target(EntityInfo entity, TableBuilder table, boolean forceNullable) {
      this(entity, table, forceNullable, false);
    }

    Target(EntityInfo entity, TableBuilder table, boolean forceNullable, boolean component) {
      this.entity = entity;
      this.table = table;
      this.forceNullable = forceNullable;
      this.component = component;
    }
  }

  void map(EntityInfo entity) {
    if (!entity.ownsTable && entity.strategy == EntityInfo.Strategy.TABLE_PER_CLASS) {
      return; // an abstract TABLE_PER_CLASS class has no table; its subclasses repeat its columns
    }
    TableBuilder table = ctx.tableOf(entity);
    boolean singleTableSubclass = entity.parent != null && entity.strategy == EntityInfo.Strategy.SINGLE_TABLE;
    Origin entityOrigin = Origin.ofType(entity.qualifiedName);
    List<Column> key = keys.of(entity);
    if (!singleTableSubclass) {
      key = validation.key(entity, table, key);
      key.forEach(table::column);
      table.primaryKey(key.stream().map(Column::name).toList());
      Mirrors.find(entity.type, Jpa.TABLE).ifPresent(t -> tableLevel(table, t, entityOrigin.withAnnotation(Jpa.TABLE, null)));
    }
    if (entity.parent == null && entity.strategy == EntityInfo.Strategy.SINGLE_TABLE
        && (ctx.catalog.hasSubclasses(entity) || Mirrors.has(entity.type, Jpa.DISCRIMINATOR_COLUMN))) {
      discriminator(entity, table);
    }
    if (entity.parent != null && entity.strategy == EntityInfo.Strategy.JOINED) {
      List<Column> parentKey = keys.of(entity.parent);
      table.foreignKey(new ForeignKey(null, key.stream().map(Column::name).toList(),
          entity.parent.qualifiedTable(), parentKey.stream().map(Column::name).toList(), false,
          ForeignKey.Source.JOINED_INHERITANCE, List.of(), entityOrigin, OnDeletes.of(entity.type)));
    }
    List<TypeElement> segments = new ArrayList<>();
    if (entity.strategy == EntityInfo.Strategy.TABLE_PER_CLASS) {
      entity.lineage().forEach(e -> segments.addAll(e.segment));
    } else {
      segments.addAll(entity.segment);
    }
    HibernateAnnotations.tableChecks(entity, table);
    Target target = new Target(entity, table, singleTableSubclass);
    Overrides overrides = Overrides.of(entity.type);
    for (Attribute attribute : Columns.ofEntity(ctx, entity, segments)) {
      mapAttribute(target, attribute, overrides);
    }
    HibernateAnnotations.softDelete(ctx, entity, table);
    if (!target.naturalId.isEmpty()) {
      table.index(new Index(null, target.naturalId, true, null, Index.Source.NATURAL_ID,
          target.naturalIdOrigin));
    }
  }

  void mapAttribute(Target target, Attribute a, Overrides overrides) {
    Origin origin = Keys.origin(target.entity, a);
    List<IndexDecision> decisions = Decisions.read(a.element(), target.table.name, List.of(), origin);
    if (a.has(HibernateAnnotations.FORMULA)) {
      misplaced(decisions, target, "the @Formula attribute " + a.name() + " (it has no column)");
      return; // computed by the database on read: Hibernate creates no column
    }
    if (a.has(HibernateAnnotations.SOFT_DELETE)) {
      ctx.problem(origin.withAnnotation(HibernateAnnotations.SOFT_DELETE, null), "fkguard does not map "
          + "@SoftDelete on a collection yet (the flag column of its collection or join table); map "
          + "the collection's rows as an entity with @SoftDelete on that class");
    }
    if (a.has(HibernateAnnotations.CHECK) && (Keys.isToOne(a) || a.has(Jpa.EMBEDDED) || isEmbeddable(a)
        || a.has(Jpa.ONE_TO_MANY) || a.has(Jpa.MANY_TO_MANY) || a.has(Jpa.ELEMENT_COLLECTION))) {
      ctx.problem(origin.withAnnotation(HibernateAnnotations.CHECK, null), "fkguard maps @Check on a "
          + "basic attribute (a check of its column) or on the entity class (a table check), not on "
          + a.name() + ", which is not one column; move it to the class: @Check(constraints = \"...\")");
    }
    if (a.has(Jpa.EMBEDDED_ID) || (a.has(Jpa.ID) && !Keys.isToOne(a))) {
      misplaced(decisions, target, "the primary-key attribute " + a.name());
      return; // key columns were added with the primary key
    }
    if (Keys.isToOne(a)) {
      toOne(target, a, overrides, origin);
    } else if (a.has(Jpa.ONE_TO_MANY) || a.has(Jpa.MANY_TO_MANY) || a.has(Jpa.ELEMENT_COLLECTION)) {
      misplaced(decisions, target, "the collection " + a.name()
          + " (its foreign keys live in another table)");
      collections.map(target, a, origin, overrides);
    } else if (a.has(Jpa.EMBEDDED) || isEmbeddable(a)) {
      misplaced(decisions, target, "the embedded attribute " + a.name());
      if (a.type().getKind() != TypeKind.DECLARED) {
        ctx.problem(origin, a.name() + " is @Embedded but its type " + a.type() + " is not a class");
        return;
      }
      String embeddable = ((TypeElement) ((DeclaredType) a.type()).asElement()).getQualifiedName().toString();
      if (embedding.contains(embeddable) || embeddable.equals(target.entity.qualifiedName)) {
        ctx.problem(origin, a.name() + " embeds " + embeddable + " inside itself ("
            + String.join(" > ", embedding) + (embedding.isEmpty() ? "" : " > ") + embeddable
            + "): an embedded type cannot contain itself, directly or through another one");
        return;
      }
      embedding.addLast(embeddable);
      ValidationScope.Saved saved = validation.enter(target, a);
      try {
        Overrides inner = overrides.nested(a.name(), Overrides.of(a.element()));
        for (Attribute part : Columns.ofEmbeddable(ctx, (DeclaredType) a.type(), target.entity.access)) {
          mapAttribute(target, part, inner);
        }
      } finally {
        embedding.removeLast();
        validation.leave(saved);
      }
    } else if (BasicTypes.check(ctx, a, origin)) {
      String column = basic(target, a, overrides.column(a.name()), origin);
      misplaced(decisions, target, "the basic column " + column);
    }
  }

  /** Maps a basic attribute to its column; returns the column name. */
  private String basic(Target target, Attribute a, AnnotationMirror override, Origin origin) {
    boolean inComponent = !embedding.isEmpty() || target.component;
    Column column = Columns.basic(ctx, a, override, inComponent, origin);
    // A SINGLE_TABLE subclass shares the root's rows: a column NOT NULL only by implication (a
    // primitive, @Basic(optional = false)) stays nullable, checked for this subclass's rows. As
    // Hibernate 7.4 exports it, the check also covers a primitive with @Column (a non-optional
    // property whose column is nullable anyway), and no column of an embeddable gets one.
    if (target.forceNullable && !Columns.explicitlyNotNull(a, override)) {
      boolean required = !column.nullable() || a.type().getKind().isPrimitive();
      column = column.withNullable(true);
      if (required && !inComponent) {
        target.table.check(column.name(), "not_null", subclassNotNull(target.entity, column.name()));
      }
    }
    column = validation.apply(target, a, column);
    if (HibernateAnnotations.generatedNotNull(a) && !target.forceNullable) {
      column = column.withNullable(false);
    }
    HibernateAnnotations.columnChecks(a, target.table, column);
    target.table.column(column);
    List<String> columns = List.of(column.name());
    if (Mirrors.find(a.element(), Jpa.COLUMN).map(c -> Mirrors.bool(c, "unique", false)).orElse(false)) {
      target.table.index(new Index(null, columns, true, null, Index.Source.COLUMN_UNIQUE,
          origin.withAnnotation(Jpa.COLUMN, "unique")));
    }
    naturalId(target, a, columns, origin);
    return column.name();
  }

  private void toOne(Target target, Attribute a, Overrides overrides, Origin origin) {
    boolean oneToOne = a.has(Jpa.ONE_TO_ONE);
    AnnotationMirror relation = Mirrors.find(a.element(), oneToOne ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE).orElseThrow();
    Optional<String> mappedBy = oneToOne ? Mirrors.nonEmpty(relation, "mappedBy") : Optional.empty();
    if (mappedBy.isPresent()) {
      misplaced(Decisions.read(a.element(), target.table.name, List.of(), origin), target, "the inverse side of a @OneToOne (mappedBy = \"" + mappedBy.get() + "\")");
      return;
    }
    Optional<EntityInfo> targetEntity = ctx.catalog.get(Mirrors.type(relation, "targetEntity").orElse(a.type()));
    if (targetEntity.isEmpty()) {
      if (a.type().getKind() != TypeKind.ERROR) { // javac already reports unresolved types
        ctx.problem(origin, a.name() + " is a " + (oneToOne ? "@OneToOne" : "@ManyToOne")
            + " but its type " + a.type() + " is not an @Entity");
      }
      return;
    }
    boolean inKey = a.has(Jpa.ID) || a.has(Jpa.MAPS_ID);
    boolean optional = Mirrors.bool(relation, "optional", true);
    // A SINGLE_TABLE subclass shares the root's rows: Hibernate keeps the column nullable (unless
    // @JoinColumn says nullable = false) and checks NOT NULL for this subclass's rows only.
    boolean nullable = !inKey && (optional || target.forceNullable)
        && !validation.notNull(target, a);
    List<AnnotationMirror> written = overrides.joinColumns(a.name());
    if (written.isEmpty()) {
      written = Mirrors.repeated(a.element(), Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS);
    }
    JoinColumns join = JoinColumns.resolve(ctx, written, keys.of(targetEntity.get()), a.name(),
        nullable, origin);
    join.columns().forEach(target.table::column);
    if (target.forceNullable && !optional && !inKey) {
      join.columns().stream().filter(Column::nullable)
          .forEach(c -> target.table.check(c.name(), "not_null", subclassNotNull(target.entity, c.name())));
    }
    if (join.unique()) {
      target.table.index(new Index(null, join.names(), true, null, Index.Source.JOIN_COLUMN_UNIQUE,
          origin.withAnnotation(Jpa.JOIN_COLUMN, "unique")));
    } else if (oneToOne) {
      target.table.index(new Index(null, join.names(), true, null, Index.Source.ONE_TO_ONE,
          origin.withAnnotation(Jpa.ONE_TO_ONE, null)));
    }
    naturalId(target, a, join.names(), origin);
    List<IndexDecision> decisions = Decisions.read(a.element(), target.table.name, join.names(), origin);
    if (join.noConstraint()) {
      misplaced(decisions, target, a.name() + ", whose @ForeignKey(NO_CONSTRAINT) creates no foreign key");
      return;
    }
    ForeignKey.Source source = a.has(Jpa.MAPS_ID) ? ForeignKey.Source.MAPS_ID
        : oneToOne ? ForeignKey.Source.ONE_TO_ONE : ForeignKey.Source.MANY_TO_ONE;
    boolean fkNullable = join.columns().stream().anyMatch(Column::nullable);
    target.table.foreignKey(new ForeignKey(join.constraintName(), join.names(),
        targetEntity.get().qualifiedTable(), join.referenced(), fkNullable && !inKey, source,
        decisions, origin, OnDeletes.of(a.element())));
  }

  /** Indexes and unique constraints of {@code @Table}, {@code @JoinTable} or {@code @CollectionTable}. */
  void tableLevel(TableBuilder table, AnnotationMirror holder, Origin origin) {
    List<AnnotationMirror> indexes = Mirrors.annotations(holder, "indexes");
    for (int i = 0; i < indexes.size(); i++) {
      AnnotationMirror index = indexes.get(i);
      List<String> columns = new ArrayList<>();
      for (String part : Mirrors.string(index, "columnList").split(",")) {
        String column = part.trim().split("\\s+")[0]; // "name DESC": ordering is not modelled
        if (!column.isEmpty()) {
          columns.add(ctx.naming.column(column));
        }
      }
      table.index(new Index(Mirrors.nonEmpty(index, "name").orElse(null), columns,
          Mirrors.bool(index, "unique", false), null, Index.Source.INDEX,
          origin.withAnnotation(origin.annotation(), "indexes[" + i + "]")));
    }
    List<AnnotationMirror> uniques = Mirrors.annotations(holder, "uniqueConstraints");
    for (int i = 0; i < uniques.size(); i++) {
      AnnotationMirror unique = uniques.get(i);
      List<String> columns = Mirrors.strings(unique, "columnNames").stream()
          .map(c -> ctx.naming.column(c.trim())).toList();
      table.index(new Index(Mirrors.nonEmpty(unique, "name").orElse(null), columns, true, null,
          Index.Source.UNIQUE_CONSTRAINT,
          origin.withAnnotation(origin.annotation(), "uniqueConstraints[" + i + "]")));
    }
  }

  private void discriminator(EntityInfo root, TableBuilder table) {
    Optional<AnnotationMirror> declared = Mirrors.find(root.type, Jpa.DISCRIMINATOR_COLUMN);
    String name = declared.flatMap(d -> Mirrors.nonEmpty(d, "name")).orElse("DTYPE");
    int length = declared.map(d -> Mirrors.integer(d, "length", 31)).orElse(31);
    Origin origin = Origin.ofType(root.qualifiedName);
    String column = ctx.naming.column(name);
    table.column(new Column(column, "java.lang.String", false, length, 0, 0, null,
        false, null, false, List.of(), null, null, origin));
    // Hibernate checks the discriminator against the values of the concrete classes, root first.
    List<String> values = new ArrayList<>();
    for (EntityInfo e : ctx.catalog.all()) {
      if (e.root() == root && !e.type.getModifiers().contains(Modifier.ABSTRACT)) {
        values.add(e == root ? 0 : values.size(), "'" + discriminatorValue(e).replace("'", "''") + "'");
      }
    }
    if (!values.isEmpty()) {
      table.check(column, "check", column + " in (" + String.join(",", values) + ")");
    }
  }

  /** {@code dtype<>'Book' or publisher_id is not null}: NOT NULL for one subclass's rows. */
  private String subclassNotNull(EntityInfo entity, String column) {
    String discriminator = ctx.naming.column(Mirrors.find(entity.root().type, Jpa.DISCRIMINATOR_COLUMN)
        .flatMap(d -> Mirrors.nonEmpty(d, "name")).orElse("DTYPE"));
    return discriminator + "<>'" + discriminatorValue(entity).replace("'", "''") + "' or " + column + " is not null";
  }

  /** {@code @DiscriminatorValue}, else the entity name (Hibernate's default for a string discriminator). */
  private static String discriminatorValue(EntityInfo entity) {
    return Mirrors.find(entity.type, Jpa.DISCRIMINATOR_VALUE).flatMap(v -> Mirrors.nonEmpty(v, "value"))
        .orElse(entity.entityName);
  }

  private void naturalId(Target target, Attribute a, List<String> columns, Origin origin) {
    if (a.has(Jpa.NATURAL_ID)) {
      target.naturalId.addAll(columns);
      if (target.naturalIdOrigin == null) {
        target.naturalIdOrigin = origin.withAnnotation(Jpa.NATURAL_ID, null);
      }
    }
  }

  private boolean isEmbeddable(Attribute a) {
    return a.type().getKind() == TypeKind.DECLARED
        && Mirrors.has(((DeclaredType) a.type()).asElement(), Jpa.EMBEDDABLE);
  }

  private void misplaced(List<IndexDecision> decisions, Target target, String what) {
    for (IndexDecision decision : decisions) {
      ctx.misplaced.add(new MisplacedDecision(decision, target.table.name, what));
    }
  }
}
