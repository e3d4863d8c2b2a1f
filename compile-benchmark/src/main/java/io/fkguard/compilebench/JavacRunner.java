package io.fkguard.compilebench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@code javac} process and measures it. With GNU time ({@code /usr/bin/time}) the
 * figures come from the kernel's rusage of the waited child: exact CPU, and the true peak RSS
 * even if it is reached in the last millisecond. Without it, the JVM's view of the child is
 * polled every 20 ms (CPU from {@link ProcessHandle.Info#totalCpuDuration()}, peak from
 * {@code VmHWM} in /proc), which can miss the last moments of the run; the report says which.
 */
final class JavacRunner {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Path javac;

  JavacRunner(Path javaHome) {
    this.javac = javaHome.resolve("bin/javac");
  }

  static String method() {
    return Files.isExecutable(GNU_TIME)
        ? "GNU time (/usr/bin/time -f '%e %U %S %M'): CPU = user + sys and peak RSS from the child's rusage"
        : "polling every 20 ms: CPU from ProcessHandle totalCpuDuration, peak RSS from /proc/<pid>/status VmHWM";
  }

  Measurement run(List<String> args, Path log) throws IOException, InterruptedException {
    return Files.isExecutable(GNU_TIME) ? withGnuTime(args, log) : polled(args, log);
  }

  private Measurement withGnuTime(List<String> args, Path log) throws IOException, InterruptedException {
    Path times = log.resolveSibling(log.getFileName() + ".time");
    List<String> command = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M",
        "-o", times.toString(), javac.toString()));
    command.addAll(args);
    Process process = start(command, log);
    check(process.waitFor(), command, log);
    return Measurement.fromGnuTime(Files.readAllLines(times, StandardCharsets.UTF_8));
  }

  private Measurement polled(List<String> args, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javac.toString()));
    command.addAll(args);
    long start = System.nanoTime();
    Process process = start(command, log);
    Duration cpu = Duration.ZERO;
    long peakKib = 0;
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      cpu = process.info().totalCpuDuration().orElse(cpu);
      peakKib = Math.max(peakKib, vmHwmKib(status));
      Thread.sleep(20);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    check(process.waitFor(), command, log);
    return new Measurement(cpu.toNanos() / 1e9, wall, peakKib * 1024);
  }

  private static long vmHwmKib(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between isAlive() and the read
    }
    return 0;
  }

  private static Process start(List<String> command, Path log) throws IOException {
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void check(int exit, List<String> command, Path log) throws IOException {
    if (exit != 0) {
      throw new IllegalStateException("javac failed (exit " + exit + "): " + String.join(" ", command)
          + "\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
