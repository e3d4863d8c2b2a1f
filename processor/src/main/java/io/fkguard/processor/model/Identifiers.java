package io.fkguard.processor.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** PostgreSQL identifier facts shared by the rules and the DDL writer. */
public final class Identifiers {
  /** NAMEDATALEN - 1: longer identifiers are silently truncated by PostgreSQL. */
  public static final int MAX_BYTES = 63;

  /**
   * PostgreSQL's reserved key words and the type/function-name key words (PostgreSQL 17, Appendix
   * C): neither can name a table, column, index or constraint unless quoted, and fkguard (like
   * Hibernate by default) does not quote. Non-reserved words (e.g. {@code position}) are fine.
   */
  private static final java.util.Set<String> RESERVED = java.util.Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case",
      "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
      "current_date", "current_role", "current_time", "current_timestamp", "current_user",
      "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
      "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
      "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on",
      "only", "or", "order", "placing", "primary", "references", "returning", "select",
      "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true",
      "union", "unique", "user", "using", "variadic", "when", "where", "window", "with",
      "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze",
      "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull",
      "outer", "overlaps", "right", "similar", "tablesample", "verbose");

  private Identifiers() {}

  /** True for a name PostgreSQL rejects unquoted as a table, column, index or constraint name. */
  public static boolean isReserved(String name) {
    return RESERVED.contains(fold(name));
  }

  /**
   * How PostgreSQL folds an unquoted identifier: ASCII letters to lower case, everything else
   * unchanged (multi-byte UTF-8 characters are not folded).
   */
  public static String fold(String identifier) {
    int first = 0;
    while (first < identifier.length() && !isAsciiUpper(identifier.charAt(first))) {
      first++;
    }
    if (first == identifier.length()) {
      return identifier; // the common case, already folded: no copy (called for every name)
    }
    StringBuilder folded = new StringBuilder(identifier.length());
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  public static int utf8Length(String identifier) {
    for (int i = 0; i < identifier.length(); i++) {
      if (identifier.charAt(i) >= 0x80) {
        return identifier.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return identifier.length(); // ASCII, the common case: one byte a character, no copy
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
    return suggestedName(table, columns, "idx");
  }

  /**
   * {@code <table>_<columns>_<label>}, shortened as PostgreSQL shortens the names it makes up
   * (makeObjectName) when that exceeds 63 bytes: every name fkguard suggests is one it accepts.
   */
  public static String suggestedName(String table, List<String> columns, String label) {
    return ConstraintNames.objectName(table, String.join("_", columns), label);
  }

  /**
   * The first 63 bytes of {@code name}, never splitting a multi-byte UTF-8 character: what
   * PostgreSQL's truncate_identifier (via pg_mbcliplen) keeps.
   */
  public static String truncate(String name) {
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int codePoint = name.codePointAt(end);
      int size = utf8Bytes(codePoint);
      if (bytes + size > Identifiers.MAX_BYTES) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return name.substring(0, end);
  }

  /** What {@code getBytes(UTF_8)} writes for one code point; a lone surrogate becomes '?'. */
  private static int utf8Bytes(int codePoint) {
    if (codePoint < 0x80 || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
      return 1;
    }
    return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
