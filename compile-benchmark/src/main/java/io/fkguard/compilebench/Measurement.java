package io.fkguard.compilebench;

import java.util.List;
import java.util.Locale;

/**
 * One compile: CPU (user + system) and wall seconds, and the peak resident set in bytes; or, for
 * a compile that failed the way a small heap can make it fail, why ({@code failure} not null).
 */
record Measurement(double cpuSeconds, double wallSeconds, long peakRssBytes, String failure) {
  Measurement(double cpuSeconds, double wallSeconds, long peakRssBytes) {
    this(cpuSeconds, wallSeconds, peakRssBytes, null);
  }

  static Measurement failed(String why) {
    return new Measurement(0, 0, 0, why);
  }

  boolean ok() {
    return failure == null;
  }

  /**
   * Parses the last line GNU time writes for {@code -f "%e %U %S %M"}: wall, user and system
   * seconds, and the maximum resident set in KiB (from the kernel's rusage of the waited child).
   */
  static Measurement fromGnuTime(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String[] parts = lines.get(i).trim().split("\\s+");
      if (parts.length == 4 && parts[0].matches("[0-9.]+")) {
        return new Measurement(Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]),
            Double.parseDouble(parts[0]), Long.parseLong(parts[3]) * 1024);
      }
    }
    throw new IllegalArgumentException("no '%e %U %S %M' line in the output of /usr/bin/time: " + lines);
  }

  double peakRssMiB() {
    return peakRssBytes / 1024.0 / 1024.0;
  }

  @Override
  public String toString() {
    if (!ok()) {
      return "failed: " + failure;
    }
    return String.format(Locale.ROOT, "cpu %.2f s, wall %.2f s, peak %.0f MiB", cpuSeconds, wallSeconds, peakRssMiB());
  }
}
