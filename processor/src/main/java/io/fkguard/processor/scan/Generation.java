package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Sequence;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * {@code @GeneratedValue} as Hibernate 6/7 applies it on PostgreSQL: IDENTITY becomes an identity
 * column; AUTO and SEQUENCE on a numeric id use a sequence (Hibernate's standard implicit name is
 * the root entity name + {@code _SEQ}, allocation size 50); AUTO on a {@code UUID} generates in Java.
 */
final class Generation {
  private Generation() {}

  static Column apply(ScanContext ctx, EntityInfo entity, Attribute id, Column column) {
    Optional<AnnotationMirror> generated = Mirrors.find(id.element(), Jpa.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return column;
    }
    String strategy = Mirrors.enumName(generated.get(), "strategy");
    Origin origin = column.origin().withAnnotation(Jpa.GENERATED_VALUE, null);
    boolean uuid = column.javaType().equals("java.util.UUID");
    switch (strategy.isEmpty() ? "AUTO" : strategy) {
      case "IDENTITY":
        return column.withGeneration("IDENTITY");
      case "UUID":
        return column.withGeneration("UUID");
      case "TABLE":
        ctx.problem(origin, "GenerationType.TABLE is not supported by fkguard yet; use SEQUENCE or IDENTITY");
        return column;
      default:
        if (uuid) {
          return column.withGeneration("UUID");
        }
        Sequence sequence = sequence(ctx, entity, id, generated.get());
        ctx.sequences.putIfAbsent(sequence.qualifiedName(), sequence);
        return column.withGeneration("SEQUENCE");
    }
  }

  private static Sequence sequence(ScanContext ctx, EntityInfo entity, Attribute id,
      AnnotationMirror generated) {
    String generatorName = Mirrors.string(generated, "generator");
    Optional<AnnotationMirror> declared = Mirrors.find(id.element(), Jpa.SEQUENCE_GENERATOR)
        .or(() -> Mirrors.find(entity.root().type, Jpa.SEQUENCE_GENERATOR))
        .filter(g -> generatorName.isEmpty() || Mirrors.string(g, "name").equals(generatorName));
    Origin origin = Origin.ofMember(entity.qualifiedName,
        id.declaringType().getQualifiedName().toString(), id.name());
    if (declared.isPresent()) {
      AnnotationMirror g = declared.get();
      String name = Mirrors.nonEmpty(g, "sequenceName").orElse(Mirrors.string(g, "name"));
      String schema = Mirrors.nonEmpty(g, "schema").map(ctx.naming::table).orElse(null);
      return new Sequence(schema, ctx.naming.table(name), Mirrors.integer(g, "initialValue", 1),
          Mirrors.integer(g, "allocationSize", 50), origin.withAnnotation(Jpa.SEQUENCE_GENERATOR, null));
    }
    // A generator name without a @SequenceGenerator names the sequence itself (Hibernate 6+).
    // Otherwise the base is the root's table name, not its entity name (Hibernate's
    // GeneratorParameters sets IMPLICIT_NAME_BASE to the table): @Entity @Table(name = "app_user")
    // class User gets app_user_seq, in the default schema whatever the table's schema. An abstract
    // TABLE_PER_CLASS root has no table but still a table name, which Hibernate uses.
    String name = generatorName.isEmpty() ? entity.root().table + "_SEQ" : generatorName;
    return new Sequence(null, ctx.naming.table(name), 1, 50, origin);
  }
}
