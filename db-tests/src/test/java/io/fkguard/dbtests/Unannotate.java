package io.fkguard.dbtests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deletes fkguard's four decision annotations from a source file, with their arguments (balanced
 * parentheses, string literals and text blocks respected, so multi-line ones and predicates with
 * parentheses go too), and their imports. What remains is the mapping as a team writes it before
 * fkguard: Hibernate sees no difference, fkguard sees no decision.
 */
final class Unannotate {
  private Unannotate() {}

  private static final Pattern DECISION = Pattern.compile(
      "@(?:io\\.fkguard\\.annotations\\.)?(?:IndexedBy|CoveredByUnique|PartialIndex|NotIndexed)\\b");
  private static final Pattern IMPORT = Pattern.compile(
      "(?m)^[ \\t]*import\\s+io\\.fkguard\\.annotations\\.(?:IndexedBy|CoveredByUnique|PartialIndex|NotIndexed|\\*)\\s*;[ \\t]*\\R?");

  static String strip(String source) {
    String text = IMPORT.matcher(source).replaceAll("");
    StringBuilder out = new StringBuilder();
    int from = 0;
    Matcher m = DECISION.matcher(text);
    while (m.find(from)) {
      out.append(text, from, m.start());
      int end = m.end();
      int next = skipSpace(text, end);
      if (next < text.length() && text.charAt(next) == '(') {
        end = closingParen(text, next) + 1;
      }
      from = end;
    }
    out.append(text.substring(from));
    return out.toString();
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the ')' that closes the '(' at {@code open}. */
  private static int closingParen(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (text.startsWith("\"\"\"", i)) {
        int close = text.indexOf("\"\"\"", i + 3);
        i = close < 0 ? text.length() : close + 2;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < text.length() && text.charAt(i) != c) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses after offset " + open);
  }
}
