package io.fkguard.benchmarksupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the numbers came from: read from /proc and /etc on Linux, "unknown" elsewhere. Shared by
 * both benchmarks, so that neither depends on the other.
 */
public final class Machine {
  private Machine() {}

  public static String cpuModel() {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  /** {@code nproc} (the CPUs this process may use); the JVM's count if the command is missing. */
  public static String nproc() {
    try {
      Process p = new ProcessBuilder("nproc").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() == 0 && !out.isEmpty()) {
        return out;
      }
    } catch (IOException e) {
      // no nproc: fall through
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Runtime.getRuntime().availableProcessors() + " (JVM)";
  }

  public static String memory() {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith("MemTotal:")) {
        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB (MemTotal %,d kB)", kb / 1024.0 / 1024.0, kb);
      }
    }
    return "unknown";
  }

  public static String os() {
    String pretty = System.getProperty("os.name");
    for (String line : lines("/etc/os-release")) {
      if (line.startsWith("PRETTY_NAME=")) {
        pretty = line.substring("PRETTY_NAME=".length()).replace("\"", "");
      }
    }
    return pretty + ", kernel " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
