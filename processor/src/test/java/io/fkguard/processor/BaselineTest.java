package io.fkguard.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting fkguard gradually: the baseline accepts today's findings (notes with a count), a new
 * finding fails as usual, and a line whose finding is fixed fails until it is removed.
 */
class BaselineTest {
  @TempDir Path tmp;

  private static final JavaFileObject CATEGORY = JavaFileObjects.forSourceString("shop.Category",
      "package shop;\n@jakarta.persistence.Entity public class Category { @jakarta.persistence.Id Long id; }\n");

  /** Product with undecided foreign keys to Category: {@code decided} of them get an index decision. */
  private static JavaFileObject product(List<String> undecided, List<String> decided) {
    StringBuilder text = new StringBuilder("package shop;\n@jakarta.persistence.Entity public class Product {\n"
        + "  @jakarta.persistence.Id Long id;\n");
    undecided.forEach(f -> text.append("  @jakarta.persistence.ManyToOne(optional = false) Category ").append(f).append(";\n"));
    decided.forEach(f -> text.append("  @jakarta.persistence.ManyToOne(optional = false) @io.fkguard.annotations.IndexedBy(\"product_")
        .append(f).append("_idx\") Category ").append(f).append(";\n"));
    return JavaFileObjects.forSourceString("shop.Product", text.append("}\n").toString());
  }

  private Path file() {
    return tmp.resolve("config/fkguard-baseline.txt");
  }

  private Compilation compile(JavaFileObject product, String... more) {
    List<String> options = new java.util.ArrayList<>(List.of("-Afkguard.baseline=" + file()));
    options.addAll(List.of(more));
    return javac().withProcessors(new FkguardProcessor()).withOptions(options.toArray()).compile(CATEGORY, product);
  }

  @Test
  void theBaselineOnlyShrinks() throws IOException {
    JavaFileObject twoUndecided = product(List.of("main", "backup"), List.of());
    Compilation missing = compile(twoUndecided);
    assertThat(missing).hadErrorContaining("[fkguard] the baseline -Afkguard.baseline=" + file() + " does not "
        + "exist: create it once with -Afkguard.baseline.write=true");

    Compilation written = compile(twoUndecided, "-Afkguard.baseline.write=true");
    assertThat(written).succeededWithoutWarnings();
    assertThat(written).hadNoteContaining("fkguard: wrote " + file() + " accepting 2 findings");
    String text = Files.readString(file(), StandardCharsets.UTF_8);
    assertEquals(List.of("ForeignKeyWithoutIndexDecision\tproduct (backup_id) -> category",
        "ForeignKeyWithoutIndexDecision\tproduct (main_id) -> category"),
        text.lines().filter(l -> !l.startsWith("#")).toList());

    Compilation accepted = compile(twoUndecided);
    assertThat(accepted).succeededWithoutWarnings();
    assertThat(accepted).hadNoteContaining("fkguard: 2 findings accepted by the baseline " + file()
        + " (fix them, then remove their lines):");
    assertThat(accepted).hadNoteContaining("ForeignKeyWithoutIndexDecision: product (backup_id) -> category");
    assertThat(accepted).hadNoteContaining("ForeignKeyWithoutIndexDecision: product (main_id) -> category");

    Compilation newOne = compile(product(List.of("main", "backup", "spare"), List.of()));
    assertThat(newOne).hadErrorContaining("[fkguard:ForeignKeyWithoutIndexDecision] Foreign key product (spare_id) -> category");
    assertEquals(1, newOne.errors().size(), newOne.errors().toString());

    JavaFileObject oneFixed = product(List.of("main"), List.of("backup"));
    Compilation stale = compile(oneFixed);
    assertThat(stale).hadErrorContaining("[fkguard] the baseline " + file() + " accepts ForeignKeyWithoutIndexDecision "
        + "for product (backup_id) -> category, but fkguard no longer finds it: remove that line (the baseline only shrinks)");
    assertEquals(1, stale.errors().size(), stale.errors().toString());

    Files.writeString(file(), text.replace("ForeignKeyWithoutIndexDecision\tproduct (backup_id) -> category\n", ""));
    Compilation shrunk = compile(oneFixed);
    assertThat(shrunk).succeededWithoutWarnings();
    assertThat(shrunk).hadNoteContaining("fkguard: 1 findings accepted");

    // A test compilation sees only its own entities: the main entities' lines are not gone.
    assertThat(compile(product(List.of(), List.of("main")), "-Afkguard.testCompile=true")).succeeded();
  }

  @Test
  void aGarbledLineIsAConfigurationError() throws IOException {
    Files.createDirectories(file().getParent());
    Files.writeString(file(), "# fkguard baseline\nForeignKeyWithoutIndexDecision product (main_id)\n");
    Compilation compilation = compile(product(List.of("main"), List.of()));
    assertThat(compilation).hadErrorContaining("[fkguard] the baseline " + file() + " cannot be read: line 2 is not "
        + "<RuleId><TAB><key>: ForeignKeyWithoutIndexDecision product (main_id). Restore it from version control");
  }
}
