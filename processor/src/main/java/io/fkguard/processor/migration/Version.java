package io.fkguard.processor.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Flyway version as the file name spells it: {@code 7}, {@code 1.2}, {@code 1_2} (Flyway reads
 * an underscore as a dot) or a timestamp {@code 20240101120000}. Compared part by part as
 * numbers of any size (a timestamp does not fit an int), and the next version keeps the style of
 * the one it follows, so fkguard's files sort after a project's own in its own naming.
 */
record Version(String text, List<BigInteger> parts, char separator) implements Comparable<Version> {
  private static final Pattern FILE = Pattern.compile("([VU])(\\d+(?:[._]\\d+)*)__.*\\.sql");

  Version {
    parts = List.copyOf(parts);
  }

  static Version parse(String text) {
    char separator = text.indexOf('_') >= 0 ? '_' : '.';
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._]")) {
      parts.add(new BigInteger(part));
    }
    return new Version(text, parts, separator);
  }

  /** The version of a {@code V…__….sql} file, or empty for any other file (R__, .conf, U…). */
  static Optional<Version> ofVersionedFile(String fileName) {
    Matcher m = FILE.matcher(fileName);
    return m.matches() && m.group(1).equals("V") ? Optional.of(parse(m.group(2))) : Optional.empty();
  }

  /** The version after this one: its last part plus one ({@code 1.2} → {@code 1.3}). */
  Version next() {
    List<BigInteger> out = new ArrayList<>(parts);
    out.set(out.size() - 1, out.get(out.size() - 1).add(BigInteger.ONE));
    StringBuilder text = new StringBuilder();
    for (BigInteger part : out) {
      text.append(text.length() == 0 ? "" : String.valueOf(separator)).append(part);
    }
    return new Version(text.toString(), out, separator);
  }

  /** Flyway's order: part by part, a missing part counting as zero ({@code 1} = {@code 1.0}). */
  @Override
  public int compareTo(Version other) {
    for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
      BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
      BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
      int c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
