package io.fkguard.compilebench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How busy the machine was: the 1-minute load average from /proc/loadavg before every compile.
 * On a shared machine it says how much to trust the wall times (CPU time is less affected).
 */
final class Load {
  private final List<Double> samples = new ArrayList<>();

  void sample() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      samples.add(Double.parseDouble(fields[0]));
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
  }

  String describe() {
    if (samples.isEmpty()) {
      return "unknown (no /proc/loadavg)";
    }
    List<Double> sorted = samples.stream().sorted().toList();
    return String.format(Locale.ROOT, "1-minute load average before each compile: min %.2f, median %.2f, max %.2f",
        sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }
}
