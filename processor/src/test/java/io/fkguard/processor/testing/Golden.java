package io.fkguard.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to
 * rewrite them from the current output, then review the diff before committing.
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = Path.of("src/test/resources/golden", name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + file
            + "; run the test with -Dgolden.update=true to create it, then review it");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          "differs from " + file + " (run with -Dgolden.update=true to accept, then review the diff)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
