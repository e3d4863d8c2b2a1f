package io.fkguard.processor.scan;

import io.fkguard.processor.model.Column;
import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code @PartialIndex(where = ...)} naming a column its table does not have: the CREATE INDEX
 * fails, often because the attribute name was written instead of the column name
 * ({@code deletedAt} for {@code deleted_at}).
 *
 * <p>Not a SQL parser: it takes the bare words of the predicate outside string literals and
 * quoted identifiers, and leaves out SQL words, function names (a word before '('), type names
 * (after '::' or CAST's AS) and qualified names. What remains names columns.
 */
final class PartialIndexColumns {
  private PartialIndexColumns() {}

  /** SQL words that may appear in a predicate and are no column. */
  private static final Set<String> SQL_WORDS = Set.of(
      "and", "or", "not", "is", "null", "true", "false", "unknown", "in", "like", "ilike",
      "similar", "to", "escape", "between", "symmetric", "distinct", "from", "any", "all", "some",
      "exists", "case", "when", "then", "else", "end", "isnull", "notnull", "collate", "at",
      "time", "zone", "with", "without", "interval", "date", "timestamp", "array", "row", "cast",
      "as", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
      "current_user", "session_user", "user", "overlaps");

  static void check(ScanContext ctx, Table table, ForeignKey fk, IndexDecision decision) {
    if (decision.kind() != IndexDecision.Kind.PARTIAL_INDEX || decision.where() == null
        || decision.origin() == null) {
      return;
    }
    List<String> columns = table.columns().stream().map(Column::name).toList();
    for (String word : columnWords(decision.where())) {
      String folded = Identifiers.fold(word);
      if (columns.contains(folded)) {
        continue;
      }
      String physical = ctx.naming.column(word);
      String hint = columns.contains(physical) && !physical.equals(folded)
          ? " (write the column name " + physical + ", not the attribute name " + word + ")"
          : "";
      ctx.problem(decision.origin().withAnnotation(decision.origin().annotation(), "where"),
          "the where = \"" + decision.where() + "\" of " + decision.kind().display() + " on "
              + decision.origin().describe() + " names " + word + ", which is no column of table "
              + table.qualifiedName() + hint + ": CREATE INDEX would fail. Its columns are "
              + String.join(", ", columns) + "; or leave where empty for the default predicate "
              + String.join(" is not null and ", fk.columns()) + " is not null");
      return; // one error per predicate: the first wrong name is the one to fix first
    }
  }

  /**
   * The bare words of {@code where} that can only be column names; none for a predicate that is
   * not one expression (an unclosed quote, a ';' or a comment), which another rule reports.
   */
  static List<String> columnWords(String where) {
    List<String> out = new ArrayList<>();
    String previous = ""; // the word before, lower case: a word after AS (in CAST) is a type
    int i = 0;
    while (i < where.length()) {
      char c = where.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && c != '_') {
        previous = "";
      }
      if (c == '\'' || c == '"') {
        int close = where.indexOf(c, i + 1);
        if (close < 0) {
          return List.of();
        }
        // A doubled quote ('it''s') closes and reopens: skipping both halves gives the same result.
        i = close + 1;
      } else if (c == ';' || where.startsWith("--", i) || where.startsWith("/*", i)) {
        // Not one expression: InvalidIndexDeclaration reports it; its words mean nothing here.
        return List.of();
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < where.length() && (Character.isLetterOrDigit(where.charAt(i))
            || where.charAt(i) == '_' || where.charAt(i) == '$')) {
          i++;
        }
        String word = where.substring(start, i);
        boolean typeName = castType(where, start) || "as".equals(previous);
        if (!SQL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !typeName
            && !qualified(where, start, i) && next(where, i) != '(') {
          out.add(word);
        }
        previous = word.toLowerCase(Locale.ROOT);
        continue;
      } else if (Character.isDigit(c)) {
        // A number, also 1e5 or 0x1F: its letters are no words.
        while (i < where.length() && (Character.isLetterOrDigit(where.charAt(i)) || where.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean castType(String where, int start) {
    int j = start - 1;
    while (j >= 0 && Character.isWhitespace(where.charAt(j))) {
      j--;
    }
    return j >= 1 && where.charAt(j) == ':' && where.charAt(j - 1) == ':';
  }

  private static boolean qualified(String where, int start, int end) {
    return (start > 0 && where.charAt(start - 1) == '.') || (end < where.length() && where.charAt(end) == '.');
  }

  private static char next(String where, int from) {
    for (int j = from; j < where.length(); j++) {
      if (!Character.isWhitespace(where.charAt(j))) {
        return where.charAt(j);
      }
    }
    return 0;
  }
}
