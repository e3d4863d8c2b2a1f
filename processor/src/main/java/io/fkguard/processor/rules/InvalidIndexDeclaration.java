package io.fkguard.processor.rules;

import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** An invalid identifier, a blank reason or a WHERE predicate that is not one expression. */
final class InvalidIndexDeclaration implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "InvalidIndexDeclaration",
      "An invalid identifier, a blank reason or a WHERE predicate that is not one expression.",
      Severity.ERROR);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (Index index : table.indexes()) {
        // Decision indexes are checked through their decision, so each name is reported once.
        boolean declared = index.source() == Index.Source.INDEX
            || index.source() == Index.Source.UNIQUE_CONSTRAINT;
        if (declared && index.name() != null && !Identifiers.isPlainIdentifier(index.name())) {
          String what = index.source() == Index.Source.INDEX ? "@Index" : "@UniqueConstraint";
          String suggestion = Identifiers.suggestedName(table.name(), index.columns(),
              index.unique() ? "key" : "idx");
          findings.add(new Finding(INFO, nameMessage(what + " on " + table.qualifiedName(),
              index.name(), suggestion), index.origin()));
        }
      }
      for (ForeignKey fk : table.foreignKeys()) {
        for (IndexDecision decision : fk.decisions()) {
          check(findings, decision, decision.kind().display() + " on "
              + placeOf(decision, fk.origin() == null ? table.qualifiedName()
                  : fk.origin().describe()), table, fk.columns());
        }
      }
    }
    for (MisplacedDecision misplaced : schema.misplacedDecisions()) {
      IndexDecision decision = misplaced.decision();
      check(findings, decision, decision.kind().display() + " on "
          + placeOf(decision, misplaced.what()), null, null);
    }
    return findings;
  }

  private static String placeOf(IndexDecision decision, String fallback) {
    return decision.origin() == null ? fallback : decision.origin().describe();
  }

  /** {@code table} and {@code columns} are null for a decision that owns no foreign key. */
  private static void check(List<Finding> findings, IndexDecision decision, String place,
      Table table, List<String> columns) {
    if (decision.name() != null && !Identifiers.isPlainIdentifier(decision.name())) {
      String suggestion = table == null ? null
          : Identifiers.suggestedIndexName(table.name(), columns);
      findings.add(new Finding(INFO, nameMessage(place, decision.name(), suggestion),
          decision.origin()));
    }
    if (decision.kind() == IndexDecision.Kind.NOT_INDEXED
        && (decision.reason() == null || decision.reason().isBlank())) {
      findings.add(new Finding(INFO, reasonMessage(place), decision.origin()));
    }
    if (decision.kind() == IndexDecision.Kind.PARTIAL_INDEX && decision.where() != null) {
      String problem = predicateProblem(decision.where());
      if (problem != null) {
        String example = columns == null ? "<column> IS NOT NULL"
            : DecisionIndexes.notNullPredicate(columns);
        findings.add(new Finding(INFO, whereMessage(place, decision.where(), problem, example),
            decision.origin()));
      }
    }
  }

  static String nameMessage(String place, String name, String suggestion) {
    String typo = name.contains("{") || name.contains("}")
        ? " Only {table} (the physical table name) and {columns} (the foreign-key columns joined"
            + " by _) are replaced; any other {…} is left as written."
        : "";
    return "The name \"" + name + "\" in " + place + " is not a plain PostgreSQL identifier"
        + " (a letter or _, then letters, digits, _ or $), so it would have to be quoted in every"
        + " statement and the DDL fkguard writes would not match it." + typo + " Write a plain name"
        + (suggestion == null ? "" : " such as \"" + suggestion + "\"") + ".";
  }

  static String reasonMessage(String place) {
    return "The reason of " + place + " is blank, but a deliberately unindexed foreign key needs"
        + " one: without an index every delete or key update on the referenced table scans this"
        + " table. Say why that is acceptable, e.g. @NotIndexed(reason = \"lookup table of 5 rows,"
        + " never deleted from\").";
  }

  static String whereMessage(String place, String where, String problem, String example) {
    return "The where = \"" + where + "\" of " + place + " is not one SQL expression: " + problem
        + ". fkguard writes it verbatim after WHERE in CREATE INDEX, so write a single boolean"
        + " expression such as \"" + example + "\", or leave where empty for that default.";
  }

  /**
   * Why {@code where} is not one expression, or null. Not a SQL parser: it only tracks string
   * literals and quoted identifiers, so that a ';' or '--' inside quotes is fine. An empty where
   * is the default predicate; only white space is a mistake.
   */
  static String predicateProblem(String where) {
    if (where.isEmpty()) {
      return null;
    }
    if (where.isBlank()) {
      return "it is blank";
    }
    char quote = 0;
    int depth = 0;
    for (int i = 0; i < where.length(); i++) {
      char c = where.charAt(i);
      String two = i + 1 < where.length() ? where.substring(i, i + 2) : "";
      if (quote != 0) {
        // A doubled quote ('it''s') closes and reopens, which this toggling handles as well.
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ';') {
        return "it contains ';' outside a string literal, which would end the statement";
      } else if (two.equals("--") || two.equals("/*")) {
        return "it contains the comment start '" + two + "', which would hide the rest of the"
            + " statement";
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return "a ')' closes a parenthesis that was never opened";
      }
    }
    if (quote != 0) {
      return quote == '\'' ? "a string literal is not closed" : "a quoted identifier is not closed";
    }
    return depth > 0 ? "a '(' is never closed" : null;
  }
}
