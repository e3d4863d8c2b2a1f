package io.fkguard.compilebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fkguard's outputs for the N = 200 benchmark corpus are the same bytes whatever order javac
 * sees the sources in, and the same bytes on every JDK: the digests are committed, CI runs this
 * on JDK 17 and again on Temurin 25, so a JDK-dependent byte (a HashMap order, a
 * locale-dependent format, an {@code Elements} order) fails one of the two builds. After an
 * intended output change run {@code ./mvnw -B -pl compile-benchmark -am verify
 * -Dgolden.update=true} and review the diff.
 */
class CorpusDeterminismTest {
  private static final int SIZE = 200;
  private static final Path GOLDEN = Path.of("src/test/resources/golden/corpus-200.sha256");

  @Test
  void outputsAreIdenticalForAnyInputOrderAndMatchTheCommittedDigests(@TempDir Path temp) throws IOException {
    List<Path> sources = new CorpusGenerator(SIZE, CorpusGenerator.DEFAULT_SEED).write(temp.resolve("src"));
    List<Path> shuffled = new ArrayList<>(sources);
    Collections.shuffle(shuffled, new Random(42));
    assertNotEquals(sources, shuffled, "the shuffle must change the order it claims to test");

    Map<String, byte[]> inOrder = InProcessCompile.fkguardOutputs(sources, temp.resolve("out-ordered"));
    Map<String, byte[]> reordered = InProcessCompile.fkguardOutputs(shuffled, temp.resolve("out-shuffled"));

    assertTrue(inOrder.keySet().containsAll(List.of("db/schema.sql", "db/schema.md",
        "db/migration/V1__baseline.sql", "db/migration/U1__baseline.sql", "generated/bench/Db.java")),
        "fkguard wrote " + inOrder.keySet());
    String digests = InProcessCompile.digests(inOrder);
    // Digests first: a mismatch then names the file; bytes second, in case of a collision.
    assertEquals(digests, InProcessCompile.digests(reordered), "the shuffled input order changed an output");
    inOrder.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, reordered.get(file)), file));

    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, digests, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(GOLDEN), "no " + GOLDEN + "; run with -Dgolden.update=true, then review it");
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), digests, "fkguard's outputs for the "
        + "benchmark corpus differ from the committed digests (another JDK, or a changed output: "
        + "if intended, run with -Dgolden.update=true and review)");
  }
}
