package io.fkguard.processor.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a script fkguard wrote (schema.sql, a migration): one rule for every test.
 * A statement ends with the line that ends in {@code ;}; comment and blank lines between
 * statements are skipped. fkguard writes no {@code ;} inside a statement but at its end, so this
 * is no SQL parser and needs none.
 */
public final class SqlScript {
  private SqlScript() {}

  public static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      if (current.length() == 0 && (line.startsWith("--") || line.isBlank())) {
        continue;
      }
      current.append(current.length() == 0 ? "" : "\n").append(line);
      if (line.endsWith(";")) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    return out;
  }

  /** The statements without the session settings ({@code set lock_timeout = ...}). */
  public static List<String> withoutSettings(String script) {
    return statements(script).stream().filter(s -> !s.startsWith("set ")).toList();
  }
}
