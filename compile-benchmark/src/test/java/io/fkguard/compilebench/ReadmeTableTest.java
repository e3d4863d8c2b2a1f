package io.fkguard.compilebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeTableTest {
  @Test
  void replacesOnlyTheBlockBetweenTheMarkers() {
    String readme = "intro\n" + ReadmeTable.BEGIN + "\nold table\n" + ReadmeTable.END + "\noutro\n";
    assertEquals("intro\n" + ReadmeTable.BEGIN + "\n| new |\n" + ReadmeTable.END + "\noutro\n",
        ReadmeTable.replace(readme, "| new |\n", "README.md"));
  }

  @Test
  void aReadmeWithoutTheMarkersIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> ReadmeTable.replace("no markers", "x", "README.md"));
  }

  @Test
  void configsNameTheirHeap() {
    assertEquals(List.of(new Config(Variant.FKGUARD, ""), new Config(Variant.NO_OP, "1g")),
        Config.parse("fkguard, no-op@1g"));
    assertEquals(new Config(Variant.NO_OP, "1g"), new Config(Variant.FKGUARD, "1g").floor());
    assertEquals("fkguard-all@1g", new Config(Variant.FKGUARD_ALL, "1g").key());
  }

  @Test
  void sizesMayHaveTheirOwnRounds() {
    assertEquals(java.util.Map.of(200, 3, 10000, 2), CompileBenchmark.sizes("200, 10000:2", 3));
  }
}
