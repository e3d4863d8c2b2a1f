package io.fkguard.multimodule.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.multimodule.base.Customer;
import io.fkguard.processor.FkguardProcessor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.Entity;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, multi-module builds: this module's entities reference the base module's (a
 * {@code @ManyToOne} to Customer, audit FKs inherited from base's {@code Audited}). Both modules
 * compiled with fkguard in this reactor; here the orders module's outputs are checked.
 */
class CrossModuleTest {
  private static String schema() throws IOException {
    return Files.readString(Path.of(System.getProperty("fkguard.schema")), StandardCharsets.UTF_8);
  }

  @Test
  void crossModuleForeignKeysAreInThisModulesSchema() throws IOException {
    String sql = schema();
    for (String line : List.of(
        "alter table purchase_order add constraint purchase_order_customer_id_fkey foreign key (customer_id) references customer (id);",
        "alter table purchase_order add constraint purchase_order_created_by_id_fkey foreign key (created_by_id) references employee (id);",
        "create index purchase_order_created_by_idx on purchase_order (created_by_id);",
        "create index purchase_order_updated_by_idx on purchase_order (updated_by_id) where updated_by_id IS NOT NULL;",
        "create index purchase_order_customer_idx on purchase_order (customer_id);")) {
      assertTrue(sql.lines().anyMatch(line::equals), "missing: " + line + "\n" + sql);
    }
    // The base tables these FKs reference are created here too, so the script applies on its own;
    // a base table nothing here reaches is not.
    assertTrue(sql.contains("create table customer ("), sql);
    assertTrue(sql.contains("create table employee ("), sql);
    assertFalse(sql.contains("create table warehouse"), sql);
  }

  @Test
  void thisModulesSchemaAppliesToAnEmptyDatabase() throws IOException, SQLException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(schema());
      try (var rs = s.executeQuery("select count(*) from pg_constraint where contype = 'f'"
          + " and confrelid = 'customer'::regclass")) {
        rs.next();
        assertEquals(1, rs.getInt(1), "the FK into the base module's table exists");
      }
    }
  }

  /** A copy of PurchaseOrder without a decision on customer, compiled against base's class files. */
  @Test
  void anUndecidedForeignKeyToTheBaseModuleIsReported(@TempDir Path classes) throws IOException {
    String source = """
        package copy;

        import io.fkguard.multimodule.base.Audited;
        import io.fkguard.multimodule.base.Customer;
        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.ManyToOne;

        @Entity
        public class UndecidedOrder extends Audited {
          @Id Long id;

          @ManyToOne(optional = false)
          Customer customer;
        }
        """;
    List<Diagnostic<? extends JavaFileObject>> errors = compile(source, classes).stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), errors.toString());
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(message.startsWith("[fkguard:ForeignKeyWithoutIndexDecision] Foreign key"
        + " undecided_order (customer_id) -> customer"), message);
    long attributeLine = source.lines().toList().indexOf("  Customer customer;") + 1;
    assertEquals(attributeLine, errors.get(0).getLineNumber(), "on the attribute, in this module's source");
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(String source, Path classes)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(classes.toFile()));
      // Only the base module (as compiled by the reactor), JPA and fkguard's annotations.
      files.setLocation(StandardLocation.CLASS_PATH, Stream.of(Customer.class, Entity.class,
          IndexedBy.class).map(CrossModuleTest::location).distinct().toList());
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///copy/UndecidedOrder.java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of(), null,
          List.of(unit));
      task.setProcessors(List.of(new FkguardProcessor()));
      task.call();
      return diagnostics.getDiagnostics();
    }
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
