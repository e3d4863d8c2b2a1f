package io.fkguard.check.live;

import io.fkguard.check.model.Identifiers;
import io.fkguard.check.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether two SQL expressions (an index predicate, a check) are the same. The model has the text
 * as written ({@code status = 'A'}); the catalog has PostgreSQL's deparse of the parsed tree
 * ({@code (status)::text = 'A'::text}). Both are sent through the same parser, planner and
 * deparser, and the results compared: {@code EXPLAIN (VERBOSE) SELECT (<expr>) FROM (SELECT
 * NULL::<type> AS <column>, … OFFSET 0) fkguard_t}, with the table's real column types, prints the
 * expression as PostgreSQL understands it. The subquery means no user table is read, locked or
 * needs a privilege (OFFSET 0 keeps the planner from folding the NULLs into the expression), and
 * EXPLAIN without ANALYZE executes nothing. Texts equal after folding case and blanks skip the
 * round trip. An expression PostgreSQL rejects (a column the table lacks) is not the same.
 */
final class Expressions {
  private static final String ALIAS = "fkguard_t";
  private final Connection connection;
  private final LiveCatalog catalog;
  private final Map<String, Optional<String>> canonical = new HashMap<>();

  Expressions(Connection connection, LiveCatalog catalog) {
    this.connection = connection;
    this.catalog = catalog;
  }

  boolean same(QualifiedName table, String model, String live) {
    if (model == null || live == null) {
      return model == null && live == null;
    }
    if (folded(model).equals(folded(live))) {
      return true;
    }
    Optional<String> a = canonical(table, model);
    return a.isPresent() && a.equals(canonical(table, live));
  }

  private Optional<String> canonical(QualifiedName table, String expression) {
    return canonical.computeIfAbsent(table + "\u0000" + expression, k -> explain(table, expression));
  }

  private Optional<String> explain(QualifiedName table, String expression) {
    LiveTable t = catalog.tables().get(table);
    if (t == null || t.columns().isEmpty()) {
      return Optional.empty();
    }
    String columns = t.columns().values().stream()
        .map(c -> "null::" + c.type() + " as " + Identifiers.quote(c.name()))
        .collect(Collectors.joining(", "));
    String sql = "explain (verbose, costs off) select (" + expression + ") from (select " + columns
        + " offset 0) " + ALIAS;
    Savepoint savepoint = null;
    try (Statement s = connection.createStatement()) {
      savepoint = connection.setSavepoint();
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          String line = rs.getString(1).trim();
          if (line.startsWith("Output: ")) {
            connection.releaseSavepoint(savepoint);
            return Optional.of(line.substring("Output: ".length()).replace(ALIAS + ".", ""));
          }
        }
      }
      connection.releaseSavepoint(savepoint);
      return Optional.empty();
    } catch (SQLException e) {
      rollback(savepoint);
      return Optional.empty();
    }
  }

  private void rollback(Savepoint savepoint) {
    if (savepoint != null) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException ignored) {
        // The transaction is then aborted; the next catalog question fails and says so.
      }
    }
  }

  /** Blanks collapsed, outer parentheses dropped, lower case outside literals and quoted names. */
  static String folded(String expression) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (char ch : expression.trim().replaceAll("\\s+", " ").toCharArray()) {
      if (quote == 0 && (ch == '\'' || ch == '"')) {
        quote = ch;
      } else if (ch == quote) {
        quote = 0; // a doubled quote closes and reopens: the same characters result
      }
      out.append(quote != 0 || ch == '\'' || ch == '"' ? ch : Character.toLowerCase(ch));
    }
    String s = out.toString();
    while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s;
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char ch : s.toCharArray()) {
      depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
