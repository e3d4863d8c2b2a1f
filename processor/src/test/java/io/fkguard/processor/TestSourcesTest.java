package io.fkguard.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.testing.DirectoryBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maven gives {@code testCompile} the main compilation's arguments: an entity under
 * {@code src/test/java} compiled into {@code target/test-classes} with the same
 * {@code -Afkguard.*} options must leave schema.sql, schema.md, the constants and the migrations
 * byte-identical, and must not fail under {@code -Werror}.
 */
class TestSourcesTest {
  @TempDir Path tmp;

  private static final Map<String, String> MAIN = Map.of(
      "shop/Category.java", "package shop;\n@jakarta.persistence.Entity public class Category {\n"
          + "  @jakarta.persistence.Id Long id;\n  String name;\n}\n",
      "shop/Product.java", "package shop;\n@jakarta.persistence.Entity public class Product {\n"
          + "  @jakarta.persistence.Id Long id;\n"
          + "  @jakarta.persistence.ManyToOne(optional = false) @io.fkguard.annotations.IndexedBy(\"product_category_idx\") Category category;\n}\n");

  private static final Map<String, String> TEST_ENTITY = Map.of(
      "shop/Fixture.java", "package shop;\n@jakarta.persistence.Entity public class Fixture {\n"
          + "  @jakarta.persistence.Id Long id;\n"
          + "  @jakarta.persistence.ManyToOne @io.fkguard.annotations.NotIndexed(reason = \"test data\") Product product;\n}\n");

  private static final Map<String, String> TEST_WITHOUT_ENTITY = Map.of(
      "shop/ProductTest.java", "package shop;\n@Deprecated class ProductTest {\n  Product product = new Product();\n}\n");

  private String[] options() {
    return new String[] {"-Werror",
        "-Afkguard.ddl=" + tmp.resolve("src/main/resources/db/schema.sql"),
        "-Afkguard.migrations=" + tmp.resolve("src/main/resources/db/migration"),
        "-Afkguard.constantsDir=" + tmp.resolve("src/main/java")};
  }

  private DirectoryBuild main() {
    return new DirectoryBuild(tmp.resolve("target/classes"), tmp.resolve("target/generated-sources/annotations"));
  }

  private DirectoryBuild test() {
    return new DirectoryBuild(tmp.resolve("target/test-classes"),
        tmp.resolve("target/generated-test-sources/test-annotations"), tmp.resolve("target/classes"));
  }

  private String[] with(String... more) {
    List<String> all = new java.util.ArrayList<>(List.of(options()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void aTestEntityLeavesTheMainOutputsByteIdentical() {
    buildMain();
    Map<String, byte[]> before = files(tmp.resolve("src"));
    assertEquals(true, before.keySet().stream().anyMatch(f -> f.endsWith("schema.sql")), before.keySet().toString());
    assertEquals(true, before.keySet().stream().anyMatch(f -> f.endsWith("fkguard-snapshot.txt")));
    assertEquals(true, before.keySet().stream().anyMatch(f -> f.endsWith("Db.java")));

    DirectoryBuild.Result withEntity = test().compile(TEST_ENTITY, options());
    assertTrue(withEntity.success(), withEntity.findings().toString());
    assertSameFiles(before, files(tmp.resolve("src")));

    DirectoryBuild.Result withoutEntity = test().compile(TEST_WITHOUT_ENTITY, options());
    assertTrue(withoutEntity.success(), "no 'options not recognized' warning under -Werror: "
        + withoutEntity.findings());
    assertSameFiles(before, files(tmp.resolve("src")));
  }

  /** The detection is what keeps the files: told it is a main compilation, the same build writes. */
  @Test
  void withTestCompileFalseTheSameBuildWouldOverwriteThem() {
    buildMain();
    Map<String, byte[]> before = files(tmp.resolve("src"));
    test().compile(TEST_ENTITY, with("-Afkguard.testCompile=false"));
    assertNotEquals(new String(before.get("main/resources/db/schema.sql")),
        new String(files(tmp.resolve("src")).getOrDefault("main/resources/db/schema.sql", new byte[0])));
  }

  /** A test compilation without an explicit signal is also recognised by the option alone. */
  @Test
  void testCompileTrueMarksAnyOutputAsTests() {
    buildMain();
    Map<String, byte[]> before = files(tmp.resolve("src"));
    DirectoryBuild other = new DirectoryBuild(tmp.resolve("out/it"), tmp.resolve("out/gen"), tmp.resolve("target/classes"));
    assertTrue(other.compile(TEST_ENTITY, with("-Afkguard.testCompile=true")).success());
    assertSameFiles(before, files(tmp.resolve("src")));
  }

  private void buildMain() {
    DirectoryBuild.Result result = main().compile(MAIN, options());
    assertTrue(result.success(), result.findings().toString());
  }

  private static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
  }
}
