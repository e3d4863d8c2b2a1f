package io.fkguard.processor.rules;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A @ManyToOne whose foreign-key columns are unique: it is really a @OneToOne. */
final class UniqueForeignKeyShouldBeOneToOne implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "UniqueForeignKeyShouldBeOneToOne",
      "A @ManyToOne whose foreign-key columns are unique: it is really a @OneToOne.",
      Severity.WARNING);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        if (fk.source() != ForeignKey.Source.MANY_TO_ONE) {
          continue;
        }
        // The column set decides, not the order: unique (a, b) is as unique as unique (b, a).
        // A partial unique index only makes a subset of rows unique, so it proves nothing.
        Optional<Index> unique = table.indexes().stream()
            .filter(i -> i.unique() && !i.isPartial()
                && new HashSet<>(i.columns()).equals(new HashSet<>(fk.columns())))
            .findFirst();
        unique.ifPresent(index -> findings.add(new Finding(INFO,
            message(table.qualifiedName(), fk, Suggestions.describe(index),
                index.isPrimaryKey()), fk.origin())));
      }
    }
    return findings;
  }

  /**
   * @param uniqueBy how the message names the unique index, e.g. {@code unique constraint x}
   * @param primaryKey whether it is the primary key: then the FK shares the key, as with @MapsId
   */
  static String message(String table, ForeignKey fk, String uniqueBy, boolean primaryKey) {
    return fk.origin().describe() + " is a @ManyToOne, but " + uniqueBy + " makes " + table + " "
        + Identifiers.columnList(fk.columns()) + " unique, so each " + fk.targetTable()
        + " row is referenced at most once. Replace @ManyToOne with @OneToOne"
        + (primaryKey ? " @MapsId" : "") + " on " + fk.origin().describe() + "; " + uniqueBy
        + " keeps enforcing it.";
  }
}
