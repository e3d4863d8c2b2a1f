package io.fkguard.dbtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed expectation of one corpus: {@code src/test/resources/expected/<id>.txt}, one
 * difference per line (lines starting with {@code #} are comments). Run with
 * {@code -Dcorpus.update=true} to rewrite it from the current run, then review the diff: a line
 * gone is progress, a line added is a regression.
 */
final class ExpectedLines {
  private ExpectedLines() {}

  static Path file(String id) {
    return Path.of(System.getProperty("corpus.expected", "src/test/resources/expected"), id + ".txt");
  }

  /** Null when the file matches (or was just rewritten), else what differs, for the assertion. */
  static String check(String id, String header, List<String> actual) {
    Path file = file(id);
    try {
      if (Boolean.getBoolean("corpus.update")) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(l -> text.append("# ").append(l).append('\n'));
        actual.forEach(l -> text.append(l).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return null;
      }
      if (!Files.exists(file)) {
        return "no expectation file " + file + "; run with -Dcorpus.update=true to write it, then review it";
      }
      List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
      List<String> gone = new ArrayList<>(expected);
      gone.removeAll(actual);
      List<String> added = new ArrayList<>(actual);
      added.removeAll(expected);
      if (gone.isEmpty() && added.isEmpty()) {
        return null;
      }
      return id + " differs from " + file + " (run with -Dcorpus.update=true to accept, then review):"
          + (added.isEmpty() ? "" : "\n new:\n" + Texts.lines(added))
          + (gone.isEmpty() ? "" : "\n gone (progress? then update the file):\n" + Texts.lines(gone));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
