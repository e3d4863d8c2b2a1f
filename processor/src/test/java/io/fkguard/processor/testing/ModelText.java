package io.fkguard.processor.testing;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Sequence;
import io.fkguard.processor.model.Table;

/** A stable text form of the model, for golden files and for comparing two scans. */
public final class ModelText {
  private ModelText() {}

  public static String render(Schema schema) {
    StringBuilder out = new StringBuilder();
    for (Table t : schema.tables()) {
      out.append("table ").append(t.qualifiedName()).append(" (").append(t.kind()).append(") from ")
          .append(t.origin().describe()).append('\n');
      for (Column c : t.columns()) {
        out.append("  column ").append(c.name()).append(' ').append(c.javaType())
            .append(c.nullable() ? " null" : " not null");
        if (c.length() != 255) {
          out.append(" length=").append(c.length());
        }
        if (c.precision() != 0) {
          out.append(" precision=").append(c.precision()).append(" scale=").append(c.scale());
        }
        if (c.enumType() != null) {
          out.append(" enum=").append(c.enumType());
        }
        if (c.lob()) {
          out.append(" lob");
        }
        if (c.version()) {
          out.append(" version");
        }
        if (!c.enumValues().isEmpty()) {
          out.append(" values=").append(c.enumValues());
        }
        if (c.generation() != null) {
          out.append(" generated=").append(c.generation());
        }
        if (c.temporal() != null) {
          out.append(" temporal=").append(c.temporal());
        }
        if (c.columnDefinition() != null) {
          out.append(" definition=").append(c.columnDefinition());
        }
        out.append('\n');
      }
      out.append("  primary key ").append(t.primaryKey()).append('\n');
      for (Index i : t.indexes()) {
        out.append("  index ").append(i.name() == null ? "<unnamed>" : i.name()).append(' ')
            .append(i.columns()).append(i.unique() ? " unique" : "").append(' ').append(i.source());
        if (i.where() != null) {
          out.append(" where ").append(i.where());
        }
        out.append('\n');
      }
      for (ForeignKey fk : t.foreignKeys()) {
        out.append("  fk ").append(fk.name() == null ? "" : fk.name() + " ").append(fk.columns())
            .append(" -> ").append(fk.targetTable()).append(fk.targetColumns()).append(' ')
            .append(fk.source()).append(fk.nullable() ? " nullable" : " required")
            .append(" from ").append(fk.origin().describe());
        for (IndexDecision d : fk.decisions()) {
          out.append(" ").append(d.kind().display()).append('(')
              .append(d.name() == null ? "" : d.name())
              .append(d.where() == null ? "" : " where " + d.where())
              .append(d.reason() == null ? "" : " reason " + d.reason()).append(')');
        }
        out.append('\n');
      }
    }
    for (Sequence s : schema.sequences()) {
      out.append("sequence ").append(s.qualifiedName()).append(" start ").append(s.start())
          .append(" increment ").append(s.increment()).append(" from ").append(s.origin().describe())
          .append('\n');
    }
    for (MisplacedDecision m : schema.misplacedDecisions()) {
      out.append("misplaced ").append(m.decision().kind().display()).append(" on ").append(m.what())
          .append(" in ").append(m.table()).append('\n');
    }
    return out.toString();
  }
}
