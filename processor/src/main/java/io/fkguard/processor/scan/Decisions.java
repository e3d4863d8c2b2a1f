package io.fkguard.processor.scan;

import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reads the fkguard decision annotations of one element. */
final class Decisions {
  private Decisions() {}

  /**
   * The decisions on {@code element} in source order (so "the second decision" is the second one
   * written), with {@code {table}} and {@code {columns}} (the FK columns joined by "_")
   * substituted: one decision in a mapped superclass or an embeddable used twice still names one
   * index per foreign key.
   *
   * @param table the physical table, or null when the element belongs to no table
   */
  static List<IndexDecision> read(Element element, String table, List<String> columns, Origin origin) {
    List<IndexDecision> out = new ArrayList<>();
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      IndexDecision.Kind kind = kindOf(Mirrors.name(m));
      if (kind == null) {
        continue;
      }
      String nameMember = switch (kind) {
        case INDEXED_BY, COVERED_BY_UNIQUE -> "value";
        case PARTIAL_INDEX -> "name";
        case NOT_INDEXED -> null;
      };
      String name = nameMember == null ? null : substitute(Mirrors.string(m, nameMember), table, columns);
      String where = kind == IndexDecision.Kind.PARTIAL_INDEX ? Mirrors.nonEmpty(m, "where").orElse(null) : null;
      String reason = kind == IndexDecision.Kind.NOT_INDEXED
          ? Mirrors.string(m, "reason") : Mirrors.nonEmpty(m, "reason").orElse(null);
      out.add(new IndexDecision(kind, name, where, reason,
          origin.withAnnotation(kind.annotation(), nameMember == null ? "reason" : nameMember)));
    }
    return out;
  }

  private static String substitute(String name, String table, List<String> columns) {
    String out = table == null ? name : name.replace("{table}", table);
    return columns.isEmpty() ? out : out.replace("{columns}", String.join("_", columns));
  }

  private static IndexDecision.Kind kindOf(String annotation) {
    for (IndexDecision.Kind kind : IndexDecision.Kind.values()) {
      if (kind.annotation().equals(annotation)) {
        return kind;
      }
    }
    return null;
  }
}
