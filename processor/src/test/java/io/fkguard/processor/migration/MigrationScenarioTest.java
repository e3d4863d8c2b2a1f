package io.fkguard.processor.migration;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.testing.Golden;
import io.fkguard.processor.testing.SqlScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One model walked through nine versions ({@code src/test/resources/migration/v01..v09}), compiled
 * in order with the real processor into one migration directory. Each step asserts which files
 * appear and the safe patterns they must follow, then goldens them
 * ({@code golden/migration/vNN/}; {@code -Dgolden.update=true} rewrites them for review).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationScenarioTest {
  private static final Pattern NOT_VALID = Pattern.compile("add constraint (\\w+) foreign key .* not valid;");

  @TempDir static Path tmp;
  private MigrationDirectory dir;

  private MigrationDirectory dir() {
    if (dir == null) {
      dir = new MigrationDirectory(tmp.resolve("db/migration"));
    }
    return dir;
  }

  @Test
  @Order(1)
  void v01InitialCatalogIsTheBaseline() {
    Map<String, String> files = step("v01", "V1__baseline.sql");
    String v1 = files.get("V1__baseline.sql");
    assertTrue(v1.contains("create table product ("), v1);
    assertTrue(v1.contains("create index product_category_idx on product (category_id);"), v1);
    assertTrue(files.get("U1__baseline.sql").contains("drop table product cascade;"));
  }

  @Test
  @Order(2)
  void v02NewEntityWithForeignKey() {
    Map<String, String> files = step("v02", "V2__create_review.sql", "V3__constraints_review.sql",
        "V4__validate_foreign_keys_review.sql");
    // A new table is empty: its index is built in the same transaction, not concurrently.
    assertEquals(List.of("create sequence review_seq start with 1 increment by 50;",
        "create table review (", "create index review_product_idx on review (product_id);"),
        SqlScript.withoutSettings(files.get("V2__create_review.sql")).stream().map(s -> s.split("\n")[0]).toList());
    assertEquals(List.of("alter table review add constraint review_product_id_fkey foreign key "
        + "(product_id) references product (id) not valid;"), SqlScript.withoutSettings(files.get("V3__constraints_review.sql")));
    assertEquals(List.of("alter table review validate constraint review_product_id_fkey;"),
        SqlScript.withoutSettings(files.get("V4__validate_foreign_keys_review.sql")));
  }

  @Test
  @Order(3)
  void v03NewForeignKeyOnAnExistingTable() {
    Map<String, String> files = step("v03", "V5__alter_review.sql", "V6__review_index_author.sql",
        "V7__constraints_review.sql", "V8__validate_foreign_keys_review.sql");
    assertEquals(List.of("alter table review add column author_id bigint;"), SqlScript.withoutSettings(files.get("V5__alter_review.sql")));
    assertEquals(List.of("drop index concurrently if exists review_author_idx;",
        "create index concurrently if not exists review_author_idx on review (author_id);"),
        SqlScript.withoutSettings(files.get("V6__review_index_author.sql")));
    assertEquals(List.of("comment on index review_author_idx is 'deleting a user checks RESTRICT here';",
        "alter table review add constraint review_author_id_fkey foreign key (author_id) references app_user (id) not valid;"),
        SqlScript.withoutSettings(files.get("V7__constraints_review.sql")));
  }

  /** The seed's trap: Django drops and re-adds the FK constraint; only the index may change. */
  @Test
  @Order(4)
  void v04DecisionChangeOnlyDropsTheIndex() {
    Map<String, String> files = step("v04", "V9__product_drop_index_category.sql");
    assertEquals(List.of("drop index concurrently if exists product_category_idx;"),
        SqlScript.withoutSettings(files.get("V9__product_drop_index_category.sql")));
    files.forEach((name, content) -> assertFalse(name.endsWith(".sql") && content.contains("constraint"),
        name + " touches a constraint:\n" + content));
  }

  @Test
  @Order(5)
  void v05NewPartialIndex() {
    Map<String, String> files = step("v05", "V10__product_index_last_edited_by_part.sql",
        "V11__constraints_product.sql");
    assertEquals(List.of("drop index concurrently if exists product_last_edited_by_part_idx;",
        "create index concurrently if not exists product_last_edited_by_part_idx on product "
            + "(last_edited_by_id) where last_edited_by_id IS NOT NULL;"),
        SqlScript.withoutSettings(files.get("V10__product_index_last_edited_by_part.sql")));
    assertEquals(List.of("comment on index product_last_edited_by_part_idx is 'most products are never edited';"),
        SqlScript.withoutSettings(files.get("V11__constraints_product.sql")));
  }

  @Test
  @Order(6)
  void v06DroppedIndex() {
    Map<String, String> files = step("v06", "V12__review_drop_index_author.sql");
    assertEquals(List.of("drop index concurrently if exists review_author_idx;"),
        SqlScript.withoutSettings(files.get("V12__review_drop_index_author.sql")));
    // The undo rebuilds it concurrently and gives it back its comment.
    assertEquals(List.of("drop index concurrently if exists review_author_idx;",
        "create index concurrently if not exists review_author_idx on review (author_id);",
        "comment on index review_author_idx is 'deleting a user checks RESTRICT here';"),
        SqlScript.withoutSettings(files.get("U12__review_drop_index_author.sql")));
  }

  @Test
  @Order(7)
  void v07NewUniqueConstraintOnAnExistingTable() {
    Map<String, String> files = step("v07", "V13__category_unique_name.sql", "V14__constraints_category.sql");
    assertEquals(List.of("drop index concurrently if exists category_name_uk;",
        "create unique index concurrently if not exists category_name_uk on category (name);"),
        SqlScript.withoutSettings(files.get("V13__category_unique_name.sql")));
    assertEquals(List.of("alter table category add constraint category_name_uk unique using index category_name_uk;"),
        SqlScript.withoutSettings(files.get("V14__constraints_category.sql")));
    // Undone newest first: dropping the constraint drops its index, so the older undo must not fail.
    assertEquals(List.of("drop index concurrently if exists category_name_uk;"),
        SqlScript.withoutSettings(files.get("U13__category_unique_name.sql")));
  }

  @Test
  @Order(8)
  void v08CompositeForeignKey() {
    Map<String, String> files = step("v08", "V15__create_shelf_alter_product.sql",
        "V16__product_index_shelf_part.sql", "V17__constraints_product.sql",
        "V18__validate_foreign_keys_product.sql");
    String v15 = files.get("V15__create_shelf_alter_product.sql");
    assertTrue(v15.contains("alter table product add column shelf_code varchar(255);"), v15);
    assertTrue(v15.contains("constraint shelf_pkey primary key (code, warehouse)"), v15);
    assertTrue(files.get("V17__constraints_product.sql").contains("add constraint product_shelf_code_shelf_warehouse_fkey "
        + "foreign key (shelf_code, shelf_warehouse) references shelf (code, warehouse) not valid;"));
  }

  @Test
  @Order(9)
  void v09RenamedIndex() {
    Map<String, String> files = step("v09", "V19__alter_product.sql");
    assertEquals(List.of("alter index product_created_by_idx rename to product_creator_idx;"),
        SqlScript.withoutSettings(files.get("V19__alter_product.sql")));
    assertEquals(List.of("alter index product_creator_idx rename to product_created_by_idx;"),
        SqlScript.withoutSettings(files.get("U19__alter_product.sql")));
  }

  @Test
  @Order(10)
  void recompilingWithoutChangeWritesNothing() {
    MigrationDirectory.Written written = dir().step("v09");
    assertEquals(Map.of(), written.files());
  }

  @Test
  @Order(11)
  void verifyModePassesOnAnUpToDateDirectory() {
    MigrationDirectory.Written written = dir().step("v09", "-Afkguard.mode=verify");
    assertEquals(Map.of(), written.files());
  }

  @Test
  @Order(12)
  void verifyModeFailsOnAStaleDirectoryAndWritesNothing() {
    MigrationDirectory.Written written = dir().compile("v08", "-Afkguard.mode=verify");
    assertThat(written.compilation()).failed();
    assertThat(written.compilation()).hadErrorContaining("[fkguard:StaleGeneratedFiles]");
    assertThat(written.compilation()).hadErrorContaining("V20__alter_product.sql is missing");
    assertThat(written.compilation()).hadErrorContaining("Compile without -Afkguard.mode=verify");
    assertEquals(Map.of(), written.files());
  }

  /**
   * Compiles {@code version}, demands exactly the V files {@code expected} (each with its U file,
   * a {@code .conf} exactly for the concurrent ones, and the rewritten snapshot), checks the safe
   * patterns every step must follow and goldens every file written.
   */
  private Map<String, String> step(String version, String... expected) {
    MigrationDirectory.Written written = dir().step(version);
    Map<String, String> files = written.files();
    assertEquals(Arrays.asList(expected), written.versioned(), "V files of " + version);
    List<String> names = new ArrayList<>();
    for (String v : expected) {
      names.add(v);
      if (files.get(v).contains("concurrently")) {
        names.add(v + ".conf");
      }
      names.add("U" + v.substring(1));
    }
    names.add(Snapshot.FILE_NAME);
    assertEquals(names, List.copyOf(files.keySet()), "files written by " + version);
    MigrationRules.assertSafe(files);
    files.forEach((name, content) -> Golden.assertMatches("migration/" + version + "/" + name, content));
    return files;
  }

  static List<String> notValidForeignKeys(String script) {
    List<String> out = new ArrayList<>();
    Matcher m = NOT_VALID.matcher(script);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
