package io.fkguard.processor.scan;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** What fkguard knows about one entity class before its columns are mapped. */
final class EntityInfo {
  enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

  final TypeElement type;
  final String qualifiedName;
  /** {@code @Entity(name)} or the simple class name: JPA's implicit names use it. */
  final String entityName;
  /** The nearest {@code @Entity} superclass, or null for a root. */
  final EntityInfo parent;
  /** The inheritance strategy of the hierarchy (declared on its root). */
  final Strategy strategy;
  final String schema;
  /** Physical table this entity's own attributes go into (the root's for SINGLE_TABLE). */
  final String table;
  /** Whether this entity gets a table of its own (an abstract TABLE_PER_CLASS class does not). */
  final boolean ownsTable;
  /** This class and the mapped superclasses between it and {@link #parent}, top-down. */
  final List<TypeElement> segment;
  final Attributes.Access access;

  EntityInfo(TypeElement type, String entityName, EntityInfo parent, Strategy strategy,
      String schema, String table, boolean ownsTable, List<TypeElement> segment,
      Attributes.Access access) {
    this.type = type;
    this.qualifiedName = type.getQualifiedName().toString();
    this.entityName = entityName;
    this.parent = parent;
    this.strategy = strategy;
    this.schema = schema;
    this.table = table;
    this.ownsTable = ownsTable;
    this.segment = List.copyOf(segment);
    this.access = access;
  }

  EntityInfo root() {
    return parent == null ? this : parent.root();
  }

  /** {@code schema.table}: the key of the table in the model. */
  String qualifiedTable() {
    return schema == null ? table : schema + "." + table;
  }

  /** Root first: the entities whose attributes a TABLE_PER_CLASS table repeats. */
  List<EntityInfo> lineage() {
    List<EntityInfo> out = new ArrayList<>();
    for (EntityInfo e = this; e != null; e = e.parent) {
      out.add(0, e);
    }
    return out;
  }
}
