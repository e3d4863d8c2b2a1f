package io.fkguard.processor.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The types every generated entity shares, in {@code bench.common}: the audit superclass (two
 * foreign keys to {@code app_user} per entity, so app_user ends up with thousands of referencing
 * keys), an embeddable with a foreign key of its own, the enums, and three small entities.
 */
final class SharedTypes {
  static final String ROOT = "bench";
  static final String COMMON = ROOT + ".common";

  private SharedTypes() {}

  static Map<String, String> sources() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("AppUser", """
        @Entity
        @Table(name = "app_user",
            uniqueConstraints = @UniqueConstraint(name = "app_user_username_key", columnNames = "username"))
        public class AppUser {
          @Id @GeneratedValue Long id;
          @Column(nullable = false, length = 150) String username;
          boolean superuser;

          protected AppUser() {}

          public Long getId() {
            return id;
          }
        }
        """);
    files.put("Country", """
        @Entity
        public class Country {
          @Id @Column(length = 2) String code;
          @Column(nullable = false, length = 80) String name;

          protected Country() {}
        }
        """);
    files.put("Tag", """
        @Entity
        @Table(uniqueConstraints = @UniqueConstraint(name = "tag_label_key", columnNames = "label"))
        public class Tag {
          @Id @GeneratedValue Long id;
          @Column(nullable = false, length = 40) String label;

          protected Tag() {}
        }
        """);
    files.put("Audited", """
        /** Audit columns of every entity; {table} gives each subclass its own index names. */
        @MappedSuperclass
        public abstract class Audited {
          @ManyToOne(optional = false)
          @IndexedBy(value = "{table}_created_by_idx",
              reason = "deleting a user checks ON DELETE RESTRICT against this column")
          protected AppUser createdBy;

          @ManyToOne
          @PartialIndex(name = "{table}_last_edited_by_part_idx",
              reason = "almost every row is NULL: a partial index is a fraction of the size")
          protected AppUser lastEditedBy;

          @Column(nullable = false) protected Instant createdAt;
          protected Instant lastEditedAt;
          @Version protected long version;

          public AppUser getCreatedBy() {
            return createdBy;
          }
        }
        """);
    files.put("Address", """
        @Embeddable
        public class Address {
          @Column(length = 120) String street;
          @Column(length = 80) String city;
          @Column(length = 16) String postalCode;

          @ManyToOne
          @PartialIndex(name = "{table}_{columns}_part_idx", reason = "most addresses are domestic")
          Country country;
        }
        """);
    files.put("Status", """
        public enum Status { DRAFT, OPEN, APPROVED, CLOSED, CANCELLED }
        """);
    files.put("Priority", """
        public enum Priority { LOW, NORMAL, HIGH, URGENT }
        """);
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((name, body) -> out.put(COMMON.replace('.', '/') + "/" + name + ".java",
        "package " + COMMON + ";\n\n" + Imports.TEXT + "\n" + body));
    return out;
  }
}
