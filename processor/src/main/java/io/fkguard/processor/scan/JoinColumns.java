package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * The columns of one foreign key, resolved against the referenced key.
 *
 * @param columns FK columns in the referenced key's column order (as Hibernate writes composite
 *     FKs), already carrying nullability
 * @param referenced the referenced columns, same order
 * @param unique whether a join column says {@code unique = true}
 * @param constraintName an explicit {@code @ForeignKey(name)}, or null
 * @param noConstraint whether {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)} asks for no FK
 */
record JoinColumns(List<Column> columns, List<String> referenced, boolean unique,
    String constraintName, boolean noConstraint) {

  List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * Resolves written {@code @JoinColumn}s (possibly none) against {@code targetKey}.
   *
   * @param written the {@code @JoinColumn} mirrors, in order
   * @param defaultPrefix what JPA puts before {@code _<referenced column>} when a name is missing
   * @param nullable nullability the mapping implies when a join column does not say
   *     {@code nullable = false}
   */
  static JoinColumns resolve(ScanContext ctx, List<AnnotationMirror> written, List<Column> targetKey,
      String defaultPrefix, boolean nullable, Origin origin) {
    List<Column> columns = new ArrayList<>();
    List<String> referenced = new ArrayList<>();
    boolean unique = false;
    String constraintName = null;
    boolean noConstraint = false;
    if (written.isEmpty()) {
      for (Column key : targetKey) {
        columns.add(key.referencedAs(ctx.naming.column(defaultPrefix + "_" + key.name()), nullable, origin));
        referenced.add(key.name());
      }
    } else {
      for (int i = 0; i < written.size(); i++) {
        AnnotationMirror jc = written.get(i);
        Optional<String> refName = Mirrors.nonEmpty(jc, "referencedColumnName").map(ctx.naming::column);
        // A referencedColumnName that names no key column is an error, never a positional guess:
        // the DDL would reference a column the target does not have.
        Column key = refName.isPresent()
            ? targetKey.stream().filter(k -> k.name().equals(refName.get())).findFirst().orElse(null)
            : i < targetKey.size() ? targetKey.get(i) : null;
        String ref = refName.orElse(key == null ? "" : key.name());
        String name = Mirrors.nonEmpty(jc, "name").map(ctx.naming::column)
            .orElse(ctx.naming.column(defaultPrefix + "_" + ref));
        boolean columnNullable = nullable && Mirrors.bool(jc, "nullable", true);
        Origin columnOrigin = written.size() == 1 && Mirrors.explicit(jc, "name").isPresent()
            && origin.annotation() == null ? origin.withAnnotation(Jpa.JOIN_COLUMN, "name") : origin;
        if (key == null) {
          // The column exists only for the model; with this error no file is written.
          ctx.problem(origin, "the join column " + name + " references " + ref + ", which is not a "
              + "primary-key column of the target; fkguard supports foreign keys to primary keys only");
          columns.add(Column.simple(name, null, columnNullable, columnOrigin));
        } else {
          columns.add(key.referencedAs(name, columnNullable, columnOrigin));
        }
        referenced.add(ref);
        unique |= Mirrors.bool(jc, "unique", false);
        Optional<AnnotationMirror> fk = Mirrors.annotation(jc, "foreignKey");
        if (fk.isPresent()) {
          constraintName = constraintName != null ? constraintName
              : Mirrors.nonEmpty(fk.get(), "name").orElse(null);
          noConstraint |= Mirrors.enumName(fk.get(), "value").equals("NO_CONSTRAINT");
        }
      }
      reorderToKey(columns, referenced, targetKey);
      mixedWritability(ctx, written, origin);
    }
    return new JoinColumns(columns, referenced, unique, constraintName, noConstraint);
  }

  /**
   * Hibernate 7 refuses join columns of one attribute that differ in {@code insertable} or
   * {@code updatable} ("Column mappings for property 'x' mix insertable with 'insertable=false'"):
   * the association is written through all of its columns or through none.
   */
  private static void mixedWritability(ScanContext ctx, List<AnnotationMirror> written, Origin origin) {
    for (String member : List.of("insertable", "updatable")) {
      List<String> off = new ArrayList<>();
      List<String> on = new ArrayList<>();
      for (AnnotationMirror jc : written) {
        String name = Mirrors.nonEmpty(jc, "name").orElse("(unnamed)");
        (Mirrors.bool(jc, member, true) ? on : off).add(name);
      }
      if (!off.isEmpty() && !on.isEmpty()) {
        ctx.problemOnce(origin, "the join columns of " + origin.describe() + " mix " + member
            + " = false (" + String.join(", ", off) + ") with " + member + " = true ("
            + String.join(", ", on) + "): Hibernate 7 refuses to start. Write the same " + member
            + " on every @JoinColumn of the attribute (insertable = false, updatable = false on all"
            + " of them maps a read-only association next to one that writes the columns)");
      }
    }
  }

  /** Hibernate writes a composite FK in the referenced key's column order, whatever the source order. */
  private static void reorderToKey(List<Column> columns, List<String> referenced, List<Column> key) {
    List<String> keyNames = key.stream().map(Column::name).toList();
    if (!referenced.stream().allMatch(keyNames::contains) || referenced.size() != keyNames.size()) {
      return;
    }
    List<Column> orderedColumns = new ArrayList<>();
    for (String keyName : keyNames) {
      orderedColumns.add(columns.get(referenced.indexOf(keyName)));
    }
    columns.clear();
    columns.addAll(orderedColumns);
    referenced.clear();
    referenced.addAll(keyNames);
  }
}
