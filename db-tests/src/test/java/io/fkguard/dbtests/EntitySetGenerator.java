package io.fkguard.dbtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded generator of small entity sets (1 to 6 entities, plus mapped superclasses and
 * embeddables), valid or broken on purpose. The same seed and index give the same set, so a
 * failure is reproduced from the two numbers the test prints. Valid sets write their index
 * decisions either with explicit names (explicit table and join column) or with the {@code {table}}
 * and {@code {columns}} placeholders, so the generator never has to predict implicit names.
 */
final class EntitySetGenerator {
  private static final List<String> PLAIN = List.of("Customer", "Invoice", "Product", "Shipment",
      "Warehouse", "Tag", "Ticket", "Review", "Account", "Parcel", "Vendor", "Author", "Book",
      "Shelf", "Carrier", "Country", "Coupon", "Payment", "Region", "Store", "PurchaseLine");
  private static final List<String> NON_ASCII = List.of("Größe", "Café", "Ñandú", "Данные",
      "ÄrgerNis", "Zoë", "Łódka", "Ýmir");
  /** Basic attributes; {@code %d} makes the field name unique in its type. */
  private static final List<String> BASICS = List.of(
      "@Column(length = 80)\nString title%d;", "@Column(nullable = false)\nint quantity%d;",
      "java.time.Instant createdAt%d;", "@Column(precision = 12, scale = 2)\njava.math.BigDecimal amount%d;",
      "boolean active%d;", "java.util.UUID externalRef%d;", "@Lob\nString notes%d;", "Long counter%d;",
      "java.time.LocalDate dueOn%d;", "@Enumerated(EnumType.STRING)\njava.time.DayOfWeek day%d;");

  private final Random random;
  private final String packageName;
  final List<TypeDraft> types = new ArrayList<>();
  final List<TypeDraft> entities = new ArrayList<>();
  final List<String> defects = new ArrayList<>();
  final List<String> uncertain = new ArrayList<>();
  private int serial;

  private EntitySetGenerator(Random random, String packageName) {
    this.random = random;
    this.packageName = packageName;
  }

  static EntitySet generate(long seed, int index) {
    // Each set has its own Random: set N is the same whatever ran before it.
    Random random = new Random(seed * 1_000_003L + index);
    EntitySetGenerator g = new EntitySetGenerator(random, "fz" + index);
    g.build();
    g.typeUseAnnotations();
    Map<String, String> sources = new TreeMap<>();
    for (TypeDraft type : g.types) {
      sources.put(g.packageName + "/" + type.name + ".java", type.render(g.packageName));
    }
    return new EntitySet(seed + "/" + index, g.packageName, sources, g.options(),
        List.copyOf(g.defects), List.copyOf(g.uncertain));
  }

  /** The defects that are a bad {@code -A} option: one error without a position, nothing checked. */
  static final List<String> OPTION_DEFECTS =
      List.of("unknown -Afkguard.naming", "severity that is not one", "misspelt fkguard option");

  /** The naming mode, and now and then a rule severity or an option key, valid or not. */
  private Map<String, String> options() {
    Map<String, String> options = new TreeMap<>();
    if (random.nextInt(40) == 0) {
      options.put(pick(List.of("fkguard.mod", "fkguard.summery", "fkguard.NullableForeignKeyFullIndexes")),
          "verify");
      defects.add("misspelt fkguard option");
    }
    if (random.nextInt(40) == 0) {
      options.put("fkguard.naming", "camel");
      defects.add("unknown -Afkguard.naming");
    } else {
      options.put("fkguard.naming", random.nextBoolean() ? "spring" : "jpa");
    }
    if (random.nextInt(10) == 0) {
      String rule = pick(List.of("NullableForeignKeyFullIndex", "ForeignKeyWithoutIndexDecision",
          "UniqueForeignKeyShouldBeOneToOne", "IdentifierTooLong"));
      String severity = pick(List.of("error", "warning", "off", "loud"));
      options.put("fkguard." + rule, severity);
      if (severity.equals("loud")) {
        defects.add("severity that is not one");
      } else if (!severity.equals("off")) {
        uncertain.add("-Afkguard." + rule + "=" + severity);
      }
    }
    return options;
  }

  private void build() {
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      entities.add(newEntity());
    }
    MoreShapes more = new MoreShapes(this, random);
    if (count > 1 && random.nextInt(8) == 0) {
      singleTableSubclass();
    } else if (random.nextInt(8) == 0) {
      more.joinedSubclass(pick(entities));
    }
    for (TypeDraft entity : List.copyOf(entities)) {
      if (entity.root && random.nextInt(6) == 0) {
        mappedSuperclass(entity);
      }
      if (entity.root && random.nextInt(8) == 0) {
        embedded(entity);
      }
      for (int b = random.nextInt(3); b > 0; b--) {
        entity.members.add(String.format(pick(BASICS), entity.fields++));
      }
      for (int f = random.nextInt(3); f > 0; f--) {
        foreignKey(entity, pick(entities)); // may be itself (self-reference) or make a cycle
      }
    }
    if (random.nextInt(12) == 0) {
      manyToMany();
    }
    if (random.nextInt(10) == 0) {
      more.propertyAccess(pick(entities));
    }
    if (random.nextInt(10) == 0) {
      more.elementCollectionMap(pick(entities));
    }
    if (random.nextInt(6) == 0) {
      more.uncertain(pick(entities), pick(entities));
    }
    if (random.nextBoolean()) {
      Defects defects = new Defects(this, random);
      for (int d = 1 + random.nextInt(2); d > 0; d--) {
        defects.applyOne();
      }
    }
  }

  /**
   * Half of the sets put a type-use annotation on every attribute type, which must change
   * nothing (issue 10 §1). Drawn after {@link #build}, so every set keeps its shape.
   */
  private void typeUseAnnotations() {
    if (random.nextBoolean()) {
      return;
    }
    TypeDraft annotation = TypeUseDecoration.annotationType(uniqueTypeName("Checked"));
    for (TypeDraft type : types) {
      if (type.kind.endsWith("class")) {
        TypeUseDecoration.decorate(type, annotation.name);
      }
    }
    types.add(annotation);
  }

  TypeDraft newEntity() {
    String name = uniqueTypeName();
    TypeDraft entity = new TypeDraft(name);
    entity.annotations.add("@Entity");
    if (random.nextBoolean()) {
      entity.table = "t" + (serial++) + "_" + (name.chars().allMatch(c -> c < 128)
          ? name.toLowerCase(java.util.Locale.ROOT) : "x");
      if (entity.table.length() > 63) {
        entity.table = entity.table.substring(0, 40);
      }
    }
    entity.members.add(pick(List.of(
        "@Id\n@GeneratedValue(strategy = GenerationType.IDENTITY)\nLong id;",
        "@Id\n@GeneratedValue(strategy = GenerationType.SEQUENCE)\nLong id;",
        "@Id\n@GeneratedValue\nLong id;", "@Id\njava.util.UUID id;",
        "@Id\n@Column(length = 20)\nString id;", "@Id\nlong id;")));
    types.add(entity);
    return entity;
  }

  String uniqueTypeName() {
    return uniqueTypeName("");
  }

  /** A type name no other type of the set has, ending in {@code suffix}. */
  String uniqueTypeName(String suffix) {
    while (true) {
      int style = random.nextInt(10);
      String name;
      if (style == 0) {
        name = pick(NON_ASCII);
      } else if (style == 1 && random.nextInt(3) == 0) {
        name = longName(100);
        uncertain.add("100-character type name");
      } else {
        name = pick(PLAIN) + (random.nextInt(3) == 0 ? "" + random.nextInt(10) : "");
      }
      String candidate = name + suffix;
      if (types.stream().noneMatch(t -> t.name.equals(candidate))) {
        return candidate;
      }
    }
  }

  String longName(int length) {
    StringBuilder name = new StringBuilder(pick(PLAIN));
    while (name.length() < length) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.substring(0, length);
  }

  /** A {@code @ManyToOne} from {@code owner} to {@code target} with a valid index decision. */
  void foreignKey(TypeDraft owner, TypeDraft target) {
    String field = owner.fieldName("ref");
    boolean optional = random.nextBoolean();
    boolean explicit = owner.root && owner.table != null && random.nextBoolean();
    String column = explicit ? field + "_fk" : null;
    StringBuilder member = new StringBuilder(optional ? "@ManyToOne\n" : "@ManyToOne(optional = false)\n");
    if (column != null) {
      member.append("@JoinColumn(name = \"").append(column).append("\")\n");
    }
    member.append(decision(owner, optional, column)).append('\n')
        .append(target.name).append(' ').append(field).append(';');
    owner.members.add(member.toString());
    if (target.root && random.nextInt(5) == 0) {
      target.members.add("@OneToMany(mappedBy = \"" + field + "\")\njava.util.List<" + owner.name
          + "> " + target.fieldName("inverse") + ";");
    }
  }

  private String decision(TypeDraft owner, boolean optional, String column) {
    int choice = random.nextInt(column == null ? 3 : 5);
    return switch (choice) {
      case 0 -> "@NotIndexed(reason = \"fuzz: deletes are rare\")";
      case 1 -> "@IndexedBy(\"{table}_{columns}_idx\")";
      case 2 -> optional && owner.root ? "@PartialIndex(name = \"{table}_{columns}_pidx\")"
          : "@IndexedBy(value = \"{table}_{columns}_ix\", reason = \"fuzz\")";
      case 3 -> {
        String index = owner.table + "_" + column + "_idx";
        owner.indexes.add("@Index(name = \"" + index + "\", columnList = \"" + column + "\")");
        yield "@IndexedBy(\"" + index + "\")";
      }
      default -> {
        String unique = owner.table + "_" + column + "_uk";
        owner.uniques.add("@UniqueConstraint(name = \"" + unique + "\", columnNames = {\""
            + column + "\", \"id\"})");
        yield "@CoveredByUnique(\"" + unique + "\")";
      }
    };
  }

  /** A SINGLE_TABLE subclass of a root entity: no @Id, no @Table, its FKs in the parent's table. */
  private void singleTableSubclass() {
    TypeDraft parent = pick(entities.stream().filter(e -> e.root).toList());
    TypeDraft sub = new TypeDraft(uniqueTypeName());
    sub.annotations.add("@Entity");
    sub.superclass = parent.name;
    sub.root = false;
    sub.fields = 50; // field names unlike the parent's: one column mapped twice is a defect
    sub.members.add("String label" + (sub.fields++) + ";");
    types.add(sub);
    entities.add(sub);
  }

  /** A generic owner superclass (the type argument is the FK target) or an audit superclass. */
  private void mappedSuperclass(TypeDraft entity) {
    TypeDraft base = new TypeDraft(uniqueTypeName("Base"));
    base.entity = false;
    base.kind = "abstract class";
    base.annotations.add("@MappedSuperclass");
    TypeDraft target = pick(entities);
    if (random.nextBoolean()) {
      base.typeParameters = "<O>";
      base.members.add("@ManyToOne\n@PartialIndex(name = \"{table}_{columns}_pidx\")\nO owner;");
      entity.superclass = base.name + "<" + target.name + ">";
    } else {
      base.members.add("@ManyToOne(optional = false)\n@IndexedBy(\"{table}_created_by_idx\")\n"
          + target.name + " createdBy;");
      base.members.add("@ManyToOne\n@NotIndexed(reason = \"audit only\")\n" + target.name + " editedBy;");
      base.members.add("@Version\nlong version;");
      entity.superclass = base.name;
    }
    types.add(base);
  }

  private void embedded(TypeDraft entity) {
    TypeDraft place = new TypeDraft(uniqueTypeName("Place"));
    place.entity = false;
    place.annotations.add("@Embeddable");
    place.members.add("@Column(length = 60)\nString street;");
    place.members.add("String city;");
    types.add(place);
    entity.members.add("@Embedded\n" + place.name + " " + entity.fieldName("place") + ";");
  }

  /** A join table: whether fkguard wants more covering depends on names the generator does not compute. */
  private void manyToMany() {
    TypeDraft owner = pick(entities.stream().filter(e -> e.root).toList());
    TypeDraft target = pick(entities.stream().filter(e -> e.root).toList());
    // Now and then the wildcard Kotlin's Set<T> has through kapt, which maps like Set<T>.
    String element = (random.nextInt(3) == 0 ? "? extends " : "") + target.name;
    owner.members.add("@ManyToMany\njava.util.Set<" + element + "> " + owner.fieldName("links") + ";");
    uncertain.add("@ManyToMany join table");
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
