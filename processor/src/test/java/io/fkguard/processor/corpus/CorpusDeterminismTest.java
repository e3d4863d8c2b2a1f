package io.fkguard.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fkguard's outputs for the generated benchmark corpus (compile-benchmark) are the same bytes
 * whatever order javac sees the sources in, and the same bytes on every JDK: the outputs for
 * {@value #GOLDEN_SIZE} entities are committed as they are (golden/corpus/, readable in a
 * review), and CI runs this on JDK 17 and again on Temurin 25, so a JDK-dependent byte (a HashMap
 * order, a locale-dependent format, an {@code Elements} order) fails one of the two builds. After
 * an intended output change run {@code ./mvnw -B -pl processor -am verify -Dgolden.update=true}
 * and review the diff.
 */
class CorpusDeterminismTest {
  /** Small enough to review, and every shape the generator has (CorpusGeneratorTest). */
  static final int GOLDEN_SIZE = 30;
  /** The size the digests were taken at before: order independence at a larger scale. */
  static final int SHUFFLE_SIZE = 200;
  private static final String GOLDEN = "corpus/";

  @Test
  void outputsMatchTheCommittedFilesForAnyInputOrder(@TempDir Path temp) throws IOException {
    List<Path> sources = new CorpusGenerator(GOLDEN_SIZE, CorpusGenerator.DEFAULT_SEED).write(temp.resolve("src"));
    Map<String, byte[]> inOrder = CorpusCompile.fkguardOutputs(sources, temp.resolve("out-ordered"));
    Map<String, byte[]> reordered = CorpusCompile.fkguardOutputs(shuffled(sources), temp.resolve("out-shuffled"));
    assertTrue(inOrder.keySet().containsAll(List.of("db/schema.sql", "db/schema.md",
        "db/migration/V1__baseline.sql", "db/migration/U1__baseline.sql", "generated/bench/Db.java")),
        "fkguard wrote " + inOrder.keySet());
    assertSameBytes(inOrder, reordered);

    inOrder.forEach((file, bytes) -> Golden.assertMatches(GOLDEN + file, new String(bytes, StandardCharsets.UTF_8)));
    if (!Boolean.getBoolean("golden.update")) {
      assertEquals(committedFiles(), new TreeSet<>(inOrder.keySet()),
          "golden/corpus/ holds a file fkguard no longer writes (or misses one)");
    }
  }

  @Test
  void twoHundredEntitiesGiveTheSameBytesInAnyOrder(@TempDir Path temp) throws IOException {
    List<Path> sources = new CorpusGenerator(SHUFFLE_SIZE, CorpusGenerator.DEFAULT_SEED).write(temp.resolve("src"));
    assertSameBytes(CorpusCompile.fkguardOutputs(sources, temp.resolve("out-ordered")),
        CorpusCompile.fkguardOutputs(shuffled(sources), temp.resolve("out-shuffled")));
  }

  private static List<Path> shuffled(List<Path> sources) {
    List<Path> shuffled = new ArrayList<>(sources);
    Collections.shuffle(shuffled, new Random(42));
    assertNotEquals(sources, shuffled, "the shuffle must change the order it claims to test");
    return shuffled;
  }

  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "the shuffled input order changed the set of files");
    expected.forEach((file, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(file)),
        "the shuffled input order changed " + file));
  }

  private static TreeSet<String> committedFiles() throws IOException {
    Path root = Path.of("src/test/resources/golden", GOLDEN);
    TreeSet<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(f -> out.add(root.relativize(f).toString().replace('\\', '/')));
    }
    return out;
  }
}
