package io.fkguard.dbtests;

import java.util.Collection;
import java.util.stream.Collectors;

final class Texts {
  private Texts() {}

  static String numbered(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }

  /** One item per line, indented: how every test prints what it found. */
  static String lines(Collection<?> items) {
    return items.stream().map(i -> "  " + i).collect(Collectors.joining("\n"));
  }
}
