package io.fkguard.processor.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** PostgreSQL identifier facts shared by the rules and the DDL writer. */
public final class Identifiers {
  /** NAMEDATALEN - 1: longer identifiers are silently truncated by PostgreSQL. */
  public static final int MAX_BYTES = 63;

  private Identifiers() {}

  /**
   * How PostgreSQL folds an unquoted identifier: ASCII letters to lower case, everything else
   * unchanged (multi-byte UTF-8 characters are not folded).
   */
  public static String fold(String identifier) {
    StringBuilder folded = new StringBuilder(identifier.length());
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }

  public static int utf8Length(String identifier) {
    return identifier.getBytes(StandardCharsets.UTF_8).length;
  }

  /** True for names PostgreSQL accepts unquoted: a letter or underscore, then letters, digits, _ or $. */
  public static boolean isPlainIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char first = name.charAt(0);
    if (!(Character.isLetter(first) || first == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /** {@code (a, b)}: how messages show a column list. */
  public static String columnList(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }

  /** {@code product_category_id_idx}: the index name fkguard suggests for columns of a table. */
  public static String suggestedIndexName(String table, List<String> columns) {
    return table + "_" + String.join("_", columns) + "_idx";
  }
}
