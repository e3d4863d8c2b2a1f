package io.fkguard.processor.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The versioned migrations ({@code V…__….sql}) of a directory, in Flyway's order. Every other
 * file (repeatable {@code R__} scripts, {@code .conf} files, undo scripts, callbacks) is left
 * alone: fkguard neither reads nor numbers after them.
 */
final class History {
  /**
   * The line that says "this hand-written migration brings the database to the current model":
   * fkguard then records the model as the state after it and writes no SQL for the change.
   */
  static final String HAND_WRITTEN_MARKER = "-- fkguard: handwritten";

  /** One V file: its name, version, the SHA-256 of its bytes, and whether it carries the marker. */
  record File(String name, Version version, String sha256, boolean handWritten) {}

  private History() {}

  static List<File> list(Path directory) throws IOException {
    List<File> out = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return out;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path path : files.toList()) {
        String name = path.getFileName().toString();
        Optional<Version> version = Version.ofVersionedFile(name);
        if (version.isPresent() && Files.isRegularFile(path)) {
          // Line ends normalised, as Flyway's own checksum does: a checkout with CRLF line ends
          // (git's autocrlf on Windows) is the same migration, not an edited one.
          String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
          out.add(new File(name, version.get(), sha256(text),
              text.lines().anyMatch(l -> l.strip().equalsIgnoreCase(HAND_WRITTEN_MARKER))));
        }
      }
    }
    out.sort(Comparator.comparing(File::version).thenComparing(File::name));
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
