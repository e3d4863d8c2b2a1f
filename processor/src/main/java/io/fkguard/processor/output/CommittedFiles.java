package io.fkguard.processor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files fkguard writes into the user's tree (schema.sql, schema.md, migrations, a committed
 * constants class): the one place they are compared and written. UTF-8 with {@code \n} line ends;
 * an unchanged file is not touched, so builds do not churn timestamps. Writing is all-or-nothing:
 * every changed file is first written beside its target, and only when all of them are written
 * are they moved into place, so a failure (an unwritable directory) leaves every file as it was.
 */
final class CommittedFiles {
  /** What a write did, for the build log. */
  record Written(List<Path> changed, List<Path> unchanged) {}

  private final Map<Path, byte[]> files = new LinkedHashMap<>();

  void add(Path path, String content) {
    files.put(path.toAbsolutePath().normalize(), content.getBytes(StandardCharsets.UTF_8));
  }

  boolean isEmpty() {
    return files.isEmpty();
  }

  int size() {
    return files.size();
  }

  /** Verify mode: each file that is missing or differs, described; empty when all are current. */
  List<String> stale() throws IOException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Path, byte[]> file : files.entrySet()) {
      Path path = file.getKey();
      if (!Files.exists(path)) {
        out.add(path + " is missing");
      } else if (!Arrays.equals(Files.readAllBytes(path), file.getValue())) {
        out.add(path + " is out of date");
      }
    }
    return out;
  }

  /**
   * Writes every file whose content differs. On failure nothing has changed and the exception
   * names the file that could not be written.
   */
  Written write() throws IOException {
    List<Path> changed = new ArrayList<>();
    List<Path> unchanged = new ArrayList<>();
    for (Map.Entry<Path, byte[]> file : files.entrySet()) {
      Path path = file.getKey();
      boolean same = Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), file.getValue());
      (same ? unchanged : changed).add(path);
    }
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Path path : changed) {
        Files.createDirectories(path.getParent());
        Path temporary = path.resolveSibling("." + path.getFileName() + ".fkguard-tmp");
        Files.write(temporary, files.get(path));
        staged.put(path, temporary);
      }
    } catch (IOException e) {
      for (Path temporary : staged.values()) {
        Files.deleteIfExists(temporary);
      }
      throw e;
    }
    for (Map.Entry<Path, Path> move : staged.entrySet()) {
      try {
        Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return new Written(changed, unchanged);
  }
}
