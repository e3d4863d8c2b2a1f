package io.fkguard.processor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flyway versions of any size and style: compared as numbers, continued in their own style. */
class VersionTest {
  @Test
  void nextKeepsTheStyle() {
    assertEquals("8", Version.parse("7").next().text());
    assertEquals("1.3", Version.parse("1.2").next().text());
    assertEquals("1_10", Version.parse("1_9").next().text());
    assertEquals("20240101120001", Version.parse("20240101120000").next().text());
    assertEquals("123456789012345678901234567891", Version.parse("123456789012345678901234567890").next().text());
  }

  @Test
  void comparesPartByPartAsNumbers() {
    assertTrue(Version.parse("1.10").compareTo(Version.parse("1.9")) > 0);
    assertTrue(Version.parse("20240101120000").compareTo(Version.parse("57")) > 0);
    assertEquals(0, Version.parse("1").compareTo(Version.parse("1.0")));
    assertTrue(Version.parse("1_2").compareTo(Version.parse("1.3")) < 0);
  }

  @Test
  void onlyVersionedSqlFilesHaveAVersion() {
    assertEquals("1.2", Version.ofVersionedFile("V1.2__x.sql").orElseThrow().text());
    assertEquals(Optional.empty(), Version.ofVersionedFile("R__views.sql"));
    assertEquals(Optional.empty(), Version.ofVersionedFile("U3__x.sql"));
    assertEquals(Optional.empty(), Version.ofVersionedFile("V3__x.sql.conf"));
    assertEquals(Optional.empty(), Version.ofVersionedFile("afterMigrate.sql"));
  }
}
