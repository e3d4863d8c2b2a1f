package io.fkguard.processor.corpus;

import io.fkguard.processor.corpus.CorpusGenerator.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * The source of one generated entity. Each foreign key gets one of the five decisions a real
 * application makes (covered by a unique constraint that starts with it, a plain index, an
 * explicit {@code @Index} that starts with it, a partial index when nullable, or a reasoned
 * no), drawn from the seeded {@link Random} in a fixed order.
 */
final class EntitySource {
  private final int index;
  private final String pkg;
  private final String className;
  private final String table;
  private final List<Target> targets;
  private final Random random;

  private final List<String> uniques = new ArrayList<>();
  private final List<String> indexes = new ArrayList<>();
  private final StringBuilder fields = new StringBuilder();

  EntitySource(int index, String pkg, String noun, List<Target> targets, Random random) {
    this.index = index;
    this.pkg = pkg;
    this.className = className(noun, index);
    this.table = noun.toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, "_%04d", index);
    this.targets = targets;
    this.random = random;
  }

  static String className(String noun, int index) {
    return noun + String.format(Locale.ROOT, "%04d", index);
  }

  String path() {
    return SharedTypes.ROOT + "/" + pkg + "/" + className + ".java";
  }

  String text() {
    boolean audited = random.nextInt(10) != 0;
    fields.append("  @Id @GeneratedValue Long id;\n")
        .append("  @Column(nullable = false, length = 80) String name;\n")
        .append("  @Column(nullable = false, length = 32) String code;\n")
        .append("  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Status status;\n");
    basics();
    indexes.add(index(table + "_name_idx", "name"));
    for (int k = 0; k < targets.size(); k++) {
      foreignKey(targets.get(k), k == 0 && random.nextInt(100) < 35);
    }
    if (random.nextInt(100) < 30) {
      fields.append("\n  @Embedded Address address;\n");
    }
    if (random.nextInt(100) < 15) {
      manyToMany();
    }
    return "package " + SharedTypes.ROOT + "." + pkg + ";\n\n" + Imports.TEXT + imports()
        + "\n@Entity\n" + tableAnnotation()
        + "public class " + className + (audited ? " extends Audited" : "") + " {\n"
        + fields + "\n  protected " + className + "() {}\n" + getters() + "}\n";
  }

  /** Two to five of the columns an entity of a business application has besides its keys. */
  private void basics() {
    List<String> optional = List.of(
        "  int quantity;\n",
        "  @Column(precision = 12, scale = 2) BigDecimal amount;\n",
        "  LocalDate dueOn;\n",
        "  boolean active;\n",
        "  @Column(length = 2000) String notes;\n",
        "  @Column(nullable = false) UUID externalId;\n",
        "  @Enumerated Priority priority;\n");
    int count = 2 + random.nextInt(4);
    TreeSet<Integer> chosen = new TreeSet<>();
    while (chosen.size() < count) {
      chosen.add(random.nextInt(optional.size()));
    }
    chosen.forEach(i -> fields.append(optional.get(i)));
  }

  private void foreignKey(Target target, boolean coveredByUnique) {
    String column = target.column();
    fields.append('\n');
    if (coveredByUnique) {
      String unique = table + "_" + column + "_code_key";
      uniques.add("@UniqueConstraint(name = \"" + unique + "\", columnNames = {\"" + column + "\", \"code\"})");
      fields.append("  /** Lookups by " + target.attribute() + " and deletes of it use the unique key. */\n")
          .append("  @ManyToOne(optional = false)\n  @CoveredByUnique(\"" + unique + "\")\n");
    } else {
      switch (random.nextInt(4)) {
        case 0 -> fields.append("  @ManyToOne(optional = false, fetch = FetchType.LAZY)\n")
            .append("  @IndexedBy(value = \"{table}_{columns}_idx\", reason = \"listed per "
                + target.attribute() + "\")\n");
        case 1 -> {
          String name = table + "_" + column + "_status_idx";
          indexes.add(index(name, column + ", status"));
          fields.append("  @ManyToOne(optional = false)\n  @IndexedBy(\"" + name + "\")\n");
        }
        case 2 -> fields.append("  @ManyToOne\n")
            .append("  @PartialIndex(name = \"{table}_{columns}_part_idx\")\n");
        default -> fields.append("  @ManyToOne(fetch = FetchType.LAZY)\n")
            .append("  @NotIndexed(reason = \"" + target.attribute() + " rows are never deleted\")\n");
      }
    }
    fields.append("  " + target.className() + " " + target.attribute() + ";\n");
  }

  private void manyToMany() {
    String joinTable = table + "_tag";
    fields.append("\n  @ManyToMany\n")
        .append("  @JoinTable(name = \"" + joinTable + "\",\n")
        .append("      joinColumns = @JoinColumn(name = \"" + table + "_id\"),\n")
        .append("      inverseJoinColumns = @JoinColumn(name = \"tag_id\"),\n")
        .append("      " + "indexes = " + index(joinTable + "_tag_id_idx", "tag_id") + ")\n")
        .append("  Set<Tag> tags = new HashSet<>();\n");
  }

  private String tableAnnotation() {
    StringBuilder out = new StringBuilder("@Table(name = \"" + table + "\"");
    if (!uniques.isEmpty()) {
      out.append(",\n    uniqueConstraints = ").append(list(uniques));
    }
    out.append(",\n    indexes = ").append(list(indexes)).append(")\n");
    return out.toString();
  }

  private String imports() {
    StringBuilder out = new StringBuilder();
    for (String common : List.of("Address", "Audited", "Priority", "Status", "Tag")) {
      out.append("import " + SharedTypes.COMMON + "." + common + ";\n");
    }
    targets.stream().map(Target::qualifiedName).sorted()
        .forEach(name -> out.append("import " + name + ";\n"));
    return out.toString();
  }

  private String getters() {
    return "\n  public Long getId() {\n    return id;\n  }\n"
        + "\n  public String getName() {\n    return name;\n  }\n"
        + "\n  public Status getStatus() {\n    return status;\n  }\n";
  }

  private static String index(String name, String columns) {
    return "@Index(name = \"" + name + "\", columnList = \"" + columns + "\")";
  }

  private static String list(List<String> items) {
    return items.size() == 1 ? items.get(0) : "{\n        " + String.join(",\n        ", items) + "}";
  }
}
