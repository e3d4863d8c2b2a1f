package io.fkguard.processor.rules;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** A table, column, index or constraint name longer than PostgreSQL's 63 bytes. */
final class IdentifierTooLong implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "IdentifierTooLong",
      "A table, column, index or constraint name longer than PostgreSQL's 63 bytes.",
      Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      String where = table.qualifiedName();
      check(findings, "Table name", table.name(), "@Table(name = ...)", table.origin());
      for (Column column : table.columns()) {
        check(findings, "Column name in table " + where, column.name(),
            "@Column(name = ...) or @JoinColumn(name = ...)", column.origin());
      }
      for (Index index : table.indexes()) {
        // The primary key's name is PostgreSQL's own <table>_pkey: it shortens that one itself,
        // and a long table name is reported above.
        if (index.name() != null && !index.isPrimaryKey()) {
          check(findings, kind(index) + " on " + where, index.name(), fix(index), index.origin());
        }
      }
      for (ForeignKey fk : table.foreignKeys()) {
        if (fk.name() != null) {
          check(findings, "Foreign key name on " + where, fk.name(), "@ForeignKey(name = ...)",
              fk.origin());
        }
      }
    }
    return findings;
  }

  private static void check(List<Finding> findings, String what, String name, String fix,
      Origin origin) {
    if (Identifiers.utf8Length(name) > Identifiers.MAX_BYTES) {
      findings.add(new Finding(INFO, message(what, name, fix), origin));
    }
  }

  private static String kind(Index index) {
    return switch (index.source()) {
      case UNIQUE_CONSTRAINT -> "Unique constraint name";
      case DECISION -> "Index name of the decision";
      default -> "Index name";
    };
  }

  private static String fix(Index index) {
    return switch (index.source()) {
      case UNIQUE_CONSTRAINT -> "@UniqueConstraint(name = ...)";
      case DECISION -> "the name in the decision annotation (mind what {table} expands to)";
      default -> "@Index(name = ...)";
    };
  }

  static String message(String what, String name, String fix) {
    return what + " \"" + name + "\" is " + Identifiers.utf8Length(name)
        + " bytes long in UTF-8; PostgreSQL keeps only " + Identifiers.MAX_BYTES
        + " bytes and silently truncates it to \"" + Identifiers.truncate(Identifiers.fold(name))
        + "\", so the name in the database differs from the one in the code. Choose a name of at"
        + " most " + Identifiers.MAX_BYTES + " bytes in " + fix + ".";
  }
}
