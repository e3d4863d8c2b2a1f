package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;

/**
 * Mappings Hibernate 7 or PostgreSQL refuses, found at compile time instead of at boot or at
 * {@code CREATE}: each becomes a MappingError on the element to change.
 */
final class Refusals {
  private Refusals() {}

  static void check(ScanContext ctx, List<Table> tables) {
    mappedSuperclasses(ctx);
    Map<String, Table> byName = new HashMap<>();
    tables.forEach(t -> byName.put(t.qualifiedName(), t));
    for (Table table : tables) {
      for (ForeignKey fk : table.foreignKeys()) {
        referencedKey(ctx, table, fk, byName.get(fk.targetTable()));
        for (IndexDecision decision : fk.decisions()) {
          PartialIndexColumns.check(ctx, table, fk, decision);
        }
      }
    }
  }

  /**
   * Hibernate 7 refuses {@code @Table} ("Mapped superclass 'x' may not specify a '@Table'") and
   * {@code @Inheritance} on a {@code @MappedSuperclass}: a mapped superclass has no table of its
   * own and is no root of a hierarchy. Reported once per class, on the class.
   */
  private static void mappedSuperclasses(ScanContext ctx) {
    Set<String> seen = new TreeSet<>();
    for (EntityInfo entity : ctx.catalog.all()) {
      for (TypeElement type : entity.segment) {
        String name = type.getQualifiedName().toString();
        if (!Mirrors.has(type, Jpa.MAPPED_SUPERCLASS) || !seen.add(name)) {
          continue;
        }
        Origin origin = Origin.ofType(name);
        if (Mirrors.has(type, Jpa.TABLE)) {
          ctx.problem(origin.withAnnotation(Jpa.TABLE, null), "@Table on the @MappedSuperclass "
              + type.getSimpleName() + ": Hibernate 7 refuses to start (a mapped superclass has no "
              + "table). Put @Table on each entity that extends it, or make it an @Entity");
        }
        if (Mirrors.has(type, Jpa.INHERITANCE)) {
          ctx.problem(origin.withAnnotation(Jpa.INHERITANCE, null), "@Inheritance on the "
              + "@MappedSuperclass " + type.getSimpleName() + ": Hibernate 7 refuses to start (an "
              + "inheritance strategy belongs to the root @Entity of a hierarchy). Move @Inheritance "
              + "to the first @Entity below it, or make this class an @Entity");
        }
      }
    }
  }

  /**
   * PostgreSQL accepts a foreign key only onto columns that are the target's primary key or one of
   * its unique keys ("there is no unique constraint matching given keys for referenced table").
   * Hibernate writes such an FK anyway, e.g. a {@code @JoinColumn(referencedColumnName)} onto one
   * column of a composite primary key.
   */
  private static void referencedKey(ScanContext ctx, Table table, ForeignKey fk, Table target) {
    if (target == null || fk.origin() == null || fk.targetColumns().isEmpty()) {
      return;
    }
    // A join column onto a column that is not a key column was reported where it was resolved.
    for (String column : fk.columns()) {
      if (table.column(column).map(Column::javaType).orElse(null) == null) {
        return;
      }
    }
    Set<String> referenced = new HashSet<>(fk.targetColumns());
    if (referenced.equals(new HashSet<>(target.primaryKey()))) {
      return;
    }
    for (Index index : target.indexes()) {
      if (index.unique() && index.where() == null && referenced.equals(new HashSet<>(index.columns()))) {
        return;
      }
    }
    ctx.problem(fk.origin(), "the foreign key " + table.qualifiedName() + " ("
        + String.join(", ", fk.columns()) + ") references " + target.qualifiedName() + " ("
        + String.join(", ", fk.targetColumns()) + "), which is neither its primary key ("
        + String.join(", ", target.primaryKey()) + ") nor a unique key of it: PostgreSQL rejects "
        + "the constraint. Reference every primary-key column (one @JoinColumn per column of ("
        + String.join(", ", target.primaryKey()) + ")), or declare @Table(uniqueConstraints = "
        + "@UniqueConstraint(columnNames = {\"" + String.join("\", \"", fk.targetColumns())
        + "\"})) on the target");
  }
}
