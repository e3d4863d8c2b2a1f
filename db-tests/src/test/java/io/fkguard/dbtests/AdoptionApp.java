package io.fkguard.dbtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The existing application of {@link MavenAdoptionTest}: five entities with five undecided
 * foreign keys, and the three Flyway migrations its team wrote by hand, then each change the
 * walk-through makes to it.
 */
final class AdoptionApp {
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

  private AdoptionApp() {}

  static void writeExisting(Path project) throws IOException {
    entity(project, "Customer", "  @Id Long id;\n  String name;\n");
    entity(project, "Product", "  @Id Long id;\n  String name;\n");
    entity(project, "PurchaseOrder", "@Table(name = \"purchase_order\")", "  @Id Long id;\n"
        + "  @ManyToOne(optional = false) Customer customer;\n");
    entity(project, "OrderLine", "  @Id Long id;\n  @ManyToOne(optional = false) PurchaseOrder purchaseOrder;\n"
        + "  @ManyToOne(optional = false) Product product;\n  int quantity;\n");
    review(project, "  @ManyToOne(optional = false) Product product;\n");
    Path migrations = project.resolve("src/main/resources/db/migration");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("V1__customers_and_products.sql"),
        "create table customer (id bigint not null, name varchar(255), primary key (id));\n"
        + "create table product (id bigint not null, name varchar(255), primary key (id));\n");
    Files.writeString(migrations.resolve("V2__orders.sql"),
        "create table purchase_order (id bigint not null, customer_id bigint not null, primary key (id));\n"
        + "alter table purchase_order add constraint purchase_order_customer_id_fkey foreign key (customer_id) references customer (id);\n"
        + "create table order_line (id bigint not null, quantity integer not null, product_id bigint not null, "
        + "purchase_order_id bigint not null, primary key (id));\n"
        + "alter table order_line add constraint order_line_product_id_fkey foreign key (product_id) references product (id);\n"
        + "alter table order_line add constraint order_line_purchase_order_id_fkey foreign key (purchase_order_id) "
        + "references purchase_order (id);\n");
    Files.writeString(migrations.resolve("V3__reviews.sql"),
        "create table review (id bigint not null, text varchar(255), author_id bigint not null, "
        + "product_id bigint not null, primary key (id));\n"
        + "alter table review add constraint review_author_id_fkey foreign key (author_id) references customer (id);\n"
        + "alter table review add constraint review_product_id_fkey foreign key (product_id) references product (id);\n");
  }

  /** The fix of one finding: the review's product gets its index. */
  static void decideReviewProduct(Path project) throws IOException {
    review(project, "  @ManyToOne(optional = false) @IndexedBy(\"review_product_idx\") Product product;\n");
  }

  static void addCouponAndVerified(Path project) throws IOException {
    entity(project, "Customer", "  @Id Long id;\n  String name;\n"
        + "  @ColumnDefault(\"false\") @Column(nullable = false) boolean verified;\n");
    entity(project, "Coupon", "  @Id Long id;\n"
        + "  @ManyToOne(optional = false) @IndexedBy(\"coupon_customer_idx\") Customer customer;\n");
  }

  static void addSku(Path project) throws IOException {
    entity(project, "Product", "  @Id Long id;\n  String name;\n  @Column(nullable = false) String sku;\n");
  }

  static void addCouponCode(Path project) throws IOException {
    entity(project, "Coupon", "  @Id Long id;\n"
        + "  @ManyToOne(optional = false) @IndexedBy(\"coupon_customer_idx\") Customer customer;\n  String code;\n");
  }

  /** An entity and a plain class under src/test/java, as a test suite might have. */
  static void addTestSources(Path project) throws IOException {
    write(project.resolve("src/test/java/shop/Fixture.java"), header("")
        + "public class Fixture {\n  @Id Long id;\n"
        + "  @ManyToOne @NotIndexed(reason = \"test data\") Product product;\n}\n");
    write(project.resolve("src/test/java/shop/ProductCheck.java"),
        "package shop;\n\n@Deprecated\nclass ProductCheck {\n  Product product = new Product();\n}\n");
  }

  static void insertData(Database db) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into customer (id, name) select g, 'customer ' || g from generate_series(1, 2000) g");
      s.execute("insert into product (id, name) select g, 'product ' || g from generate_series(1, 200) g");
      s.execute("insert into purchase_order (id, customer_id) select g, 1 + g % 2000 from generate_series(1, 5000) g");
      s.execute("insert into order_line (id, quantity, product_id, purchase_order_id) "
          + "select g, 1, 1 + g % 200, 1 + g % 5000 from generate_series(1, 10000) g");
      s.execute("insert into review (id, text, author_id, product_id) "
          + "select g, 'review ' || g, 1 + g % 2000, 1 + g % 200 from generate_series(1, 100000) g");
    }
  }

  static boolean concurrentBuildRunning(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "select count(*) from pg_stat_progress_create_index where command = 'CREATE INDEX CONCURRENTLY'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** {@code V<highest + 1>}: the project numbers with integers. */
  static String nextVersion(Path migrations) throws IOException {
    return "V" + (highest(migrations) + 1);
  }

  static long versionCount(Path migrations) throws IOException {
    try (Stream<Path> files = Files.list(migrations)) {
      return files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches()).count();
    }
  }

  static int highest(Path migrations) throws IOException {
    int highest = 0;
    try (Stream<Path> files = Files.list(migrations)) {
      for (Path f : files.toList()) {
        Matcher m = VERSION.matcher(f.getFileName().toString());
        if (m.matches()) {
          highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
      }
    }
    return highest;
  }

  private static void review(Path project, String productField) throws IOException {
    entity(project, "Review", "  @Id Long id;\n  String text;\n" + productField
        + "  @ManyToOne(optional = false) Customer author;\n");
  }

  private static void entity(Path project, String name, String body) throws IOException {
    entity(project, name, "", body);
  }

  private static void entity(Path project, String name, String annotations, String body) throws IOException {
    write(project.resolve("src/main/java/shop/" + name + ".java"), header(annotations)
        + "public class " + name + " {\n" + body + "}\n");
  }

  private static String header(String annotations) {
    return "package shop;\n\nimport io.fkguard.annotations.*;\nimport jakarta.persistence.*;\n"
        + "import org.hibernate.annotations.ColumnDefault;\n\n"
        + (annotations.startsWith("@Entity") ? "" : "@Entity\n") + (annotations.isEmpty() ? "" : annotations + "\n");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
