package io.fkguard.processor.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.testing.DirectoryBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6, incremental builds with javac: after a full build, recompiling ONE changed source with
 * every other type present only as a class file gives the same findings and byte-identical
 * schema.sql, schema.md and Db.java as a full build of the changed sources. The corpus has an
 * entity nothing reaches (Coupon), a @MappedSuperclass and an @Embeddable, and two packages (so
 * the place of Db.java depends on knowing all entities).
 */
class IncrementalBuildTest {
  private static final String ADDED_COLUMN = "  String addedNote;\n";
  private static final String ADDED_FK_WITHOUT_DECISION =
      "  @jakarta.persistence.ManyToOne shop.catalog.Account reviewer;\n";

  @TempDir Path work;

  @ParameterizedTest
  @ValueSource(strings = {"shop/catalog/Account.java", "shop/catalog/Audited.java",
      "shop/catalog/Category.java", "shop/catalog/Product.java", "shop/order/Address.java",
      "shop/order/Coupon.java", "shop/order/OrderLine.java", "shop/order/PurchaseOrder.java"})
  void recompilingOneChangedTypeGivesTheOutputsOfAFullBuild(String changed) {
    Map<String, String> after = change(corpus(), changed, ADDED_COLUMN);
    DirectoryBuild.Result full = new DirectoryBuild(work.resolve("full")).compile(after);
    DirectoryBuild.Result incremental = incremental(changed, after);

    assertTrue(full.success() && incremental.success(), full.findings() + " / " + incremental.findings());
    assertEquals(full.findings(), incremental.findings());
    assertEquals(full.outputs().keySet(), incremental.outputs().keySet());
    full.outputs().forEach((file, text) -> assertEquals(text, incremental.outputs().get(file), file));
    assertTrue(full.outputs().get("schema.sql").contains("added_note"),
        "the change reaches the DDL, so an unchanged output would be caught");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop/order/Coupon.java", "shop/order/OrderLine.java",
      "shop/catalog/Category.java"})
  void recompilingOneChangedEntityGivesTheFindingsOfAFullBuild(String changed) {
    Map<String, String> after = change(corpus(), changed, ADDED_FK_WITHOUT_DECISION);
    DirectoryBuild.Result full = new DirectoryBuild(work.resolve("full")).compile(after);
    DirectoryBuild.Result incremental = incremental(changed, after);

    assertFalse(full.success());
    assertEquals(full.findings(), incremental.findings());
    assertTrue(full.findings().stream().anyMatch(f -> f.contains("ForeignKeyWithoutIndexDecision")),
        full.findings().toString());
  }

  /**
   * What the entity list in the class output is for: without it an incremental build sees only
   * the compiled entity and what it reaches, so Coupon, which nothing reaches, leaves schema.sql.
   */
  @Test
  void withoutTheEntityListAnIncrementalBuildSeesOnlyWhatTheChangedEntityReaches() throws IOException {
    DirectoryBuild build = new DirectoryBuild(work.resolve("build"));
    assertTrue(build.compile(corpus()).success());
    Files.delete(work.resolve("build/classes/META-INF/fkguard/entities.txt"));
    String changed = "shop/order/OrderLine.java";
    DirectoryBuild.Result incremental = build.compile(
        Map.of(changed, change(corpus(), changed, ADDED_COLUMN).get(changed)));
    assertTrue(incremental.success());
    assertFalse(incremental.outputs().get("schema.sql").contains("create table coupon"));
    assertTrue(incremental.outputs().get("schema.sql").contains("create table order_line"));
  }

  /** Full build of the original sources, then only {@code changed} compiled again in place. */
  private DirectoryBuild.Result incremental(String changed, Map<String, String> after) {
    DirectoryBuild build = new DirectoryBuild(work.resolve("incremental"));
    DirectoryBuild.Result first = build.compile(corpus());
    assertTrue(first.success(), first.findings().toString());
    return build.compile(Map.of(changed, after.get(changed)));
  }

  /** Adds {@code member} before the last closing brace of {@code path}. */
  private static Map<String, String> change(Map<String, String> sources, String path, String member) {
    Map<String, String> out = new TreeMap<>(sources);
    String text = out.get(path);
    int end = text.lastIndexOf('}');
    out.put(path, text.substring(0, end) + member + text.substring(end));
    return out;
  }

  private static Map<String, String> corpus() {
    try {
      Path root = Paths.get(IncrementalBuildTest.class.getClassLoader().getResource("incremental").toURI());
      Map<String, String> sources = new TreeMap<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          sources.put(root.relativize(file).toString().replace('\\', '/'),
              Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
