package io.fkguard.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusGeneratorTest {
  @Test
  void sameSizeAndSeedGiveTheSameSources() {
    assertEquals(new CorpusGenerator(50, 7).sources(), new CorpusGenerator(50, 7).sources());
    assertNotEquals(new CorpusGenerator(50, 7).sources(), new CorpusGenerator(50, 8).sources());
  }

  @Test
  void aSmallerCorpusIsAPrefixOfALargerOne() {
    Map<String, String> small = new CorpusGenerator(30, 7).sources();
    Map<String, String> large = new CorpusGenerator(60, 7).sources();
    small.forEach((path, text) -> assertEquals(text, large.get(path), path));
  }

  /** Also at the size whose outputs CorpusDeterminismTest commits: its goldens show every shape. */
  @ParameterizedTest
  @ValueSource(ints = {CorpusDeterminismTest.GOLDEN_SIZE, 200})
  void theCorpusHasEveryShapeTheIssueAsksFor(int size) {
    String all = String.join("\n", new CorpusGenerator(size, CorpusGenerator.DEFAULT_SEED).sources().values());
    for (String shape : List.of("@MappedSuperclass", "@ManyToMany", "@Embeddable", "@Embedded",
        "enum Status", "@UniqueConstraint(name = \"", "@Index(name = \"", "@CoveredByUnique(",
        "@IndexedBy(", "@PartialIndex(", "@NotIndexed(")) {
      assertTrue(all.contains(shape), shape);
    }
    assertEquals(size, all.split("\n@Entity\n", -1).length - 1 - 3, size + " entities besides the 3 shared ones");
  }

  @Test
  void everyEntityHasOneToThreeManyToOneBesidesTheAuditKeys() {
    new CorpusGenerator(200, CorpusGenerator.DEFAULT_SEED).sources().forEach((path, text) -> {
      if (path.startsWith("bench/common/")) {
        return;
      }
      int count = text.split("@ManyToOne", -1).length - 1;
      int expectedMin = path.endsWith("0000.java") ? 0 : 1;
      assertTrue(count >= expectedMin && count <= 3, path + " has " + count);
    });
  }
}
