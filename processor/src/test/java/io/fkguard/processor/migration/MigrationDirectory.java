package io.fkguard.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.fkguard.processor.testing.Expectations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Flyway migration directory that a test compiles model versions into with the real processor,
 * remembering what each compilation wrote.
 */
final class MigrationDirectory {
  private static final Pattern VERSION = Pattern.compile("^[VU](\\d+)__.*");
  private final Path dir;

  MigrationDirectory(Path dir) {
    this.dir = dir;
  }

  Path path() {
    return dir;
  }

  /** What one compilation did: its result and the files it added or changed, in version order. */
  record Written(Compilation compilation, Map<String, String> files) {
    /** The V files written, in version order. */
    List<String> versioned() {
      return files.keySet().stream().filter(f -> f.startsWith("V") && f.endsWith(".sql")).toList();
    }

    String get(String name) {
      String content = files.get(name);
      if (content == null) {
        throw new AssertionError("no file " + name + " was written; written: " + files.keySet());
      }
      return content;
    }
  }

  /** Compiles {@code src/test/resources/migration/<version>} into the directory. */
  Written compile(String version, String... options) {
    Map<String, byte[]> before = contents();
    List<String> all = new ArrayList<>(List.of("-Afkguard.migrations=" + dir));
    all.addAll(Arrays.asList(options));
    Compilation compilation = Expectations.compile(Expectations.sources("migration/" + version),
        all.toArray(String[]::new));
    Map<String, byte[]> after = contents();
    for (Map.Entry<String, byte[]> old : before.entrySet()) {
      if (!old.getKey().equals(Snapshot.FILE_NAME)) {
        // Flyway checksums applied migrations: a compilation must never change or delete one.
        if (!after.containsKey(old.getKey()) || !Arrays.equals(old.getValue(), after.get(old.getKey()))) {
          throw new AssertionError("compiling " + version + " changed or deleted " + old.getKey());
        }
      }
    }
    Map<String, String> written = new TreeMap<>(MigrationDirectory::byVersion);
    after.forEach((name, bytes) -> {
      if (!before.containsKey(name) || !Arrays.equals(before.get(name), bytes)) {
        written.put(name, new String(bytes, StandardCharsets.UTF_8));
      }
    });
    return new Written(compilation, new LinkedHashMap<>(written));
  }

  /** Compiles and demands success without a warning. */
  Written step(String version, String... options) {
    Written written = compile(version, options);
    assertThat(written.compilation()).succeededWithoutWarnings();
    return written;
  }

  /** Every file of the directory, name → bytes. */
  Map<String, byte[]> contents() {
    Map<String, byte[]> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        out.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** V before U within a version, versions numerically, the snapshot last. */
  static int byVersion(String a, String b) {
    return Comparator.comparingLong(MigrationDirectory::version)
        .thenComparing(MigrationDirectory::stem)
        .thenComparing(Comparator.naturalOrder())
        .compare(a, b);
  }

  static long version(String name) {
    Matcher m = VERSION.matcher(name);
    return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  private static String stem(String name) {
    return name.startsWith("V") ? "0" : name.startsWith("U") ? "1" : "2";
  }
}
