package io.fkguard.check.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PostgreSQL identifier folding and quoting, the same on the model's side and the fixes'. */
public final class Identifiers {
  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

  private Identifiers() {}

  /** An identifier as written in DDL, as PostgreSQL stores it: quoted kept, unquoted folded. */
  public static String fold(String written) {
    String s = written.trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** An identifier for SQL: as is when PostgreSQL would read it back unchanged, quoted otherwise. */
  public static String quote(String stored) {
    return PLAIN.matcher(stored).matches() ? stored : "\"" + stored.replace("\"", "\"\"") + "\"";
  }

  public static String columnList(List<String> columns) {
    return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
  }
}
