package io.fkguard.dbtests;

import java.util.List;
import java.util.Random;

/**
 * The ways the fuzzer breaks a set on purpose: the broken features issue 6 lists (missing
 * {@code @Id}, unknown types, cycles, generic mapped superclasses misused, wrong annotation values,
 * 100-character and duplicate names, annotations on the wrong element). Each records its label
 * in the set's defects, which the test prints when it fails.
 */
final class Defects {
  private final EntitySetGenerator set;
  private final Random random;

  Defects(EntitySetGenerator set, Random random) {
    this.set = set;
    this.random = random;
  }

  void applyOne() {
    TypeDraft e = set.pick(set.entities);
    TypeDraft other = set.pick(set.entities);
    String f = e.fieldName("bad");
    String label = switch (random.nextInt(30)) {
      case 0 -> {
        e.members.removeIf(m -> m.contains("@Id"));
        yield "missing @Id";
      }
      case 1 -> add(e, "Missing" + f + " " + f + ";", "unknown basic type");
      case 2 -> add(e, "@ManyToOne\n@NotIndexed(reason = \"x\")\nNoSuchEntity " + f + ";", "unknown FK target");
      case 3 -> {
        e.superclass = "NoSuchBase";
        yield "unknown superclass";
      }
      case 4 -> {
        TypeDraft a = set.newEntity();
        TypeDraft b = set.newEntity();
        a.superclass = b.name;
        b.superclass = a.name;
        yield "cyclic inheritance";
      }
      case 5 -> {
        TypeDraft loop = new TypeDraft(set.uniqueTypeName("Loop"));
        loop.entity = false;
        loop.annotations.add("@Embeddable");
        loop.members.add("String v;");
        loop.members.add("@Embedded\n" + loop.name + " inner;");
        set.types.add(loop);
        yield add(e, "@Embedded\n" + loop.name + " " + f + ";", "embeddable that embeds itself");
      }
      case 6 -> {
        TypeDraft base = genericBase();
        e.superclass = base.name + (random.nextBoolean() ? "" : "<String>");
        yield "generic mapped superclass with a raw or non-entity type argument";
      }
      case 7 -> {
        TypeDraft base = genericBase();
        base.typeParameters = "<O extends Comparable<O>>";
        e.superclass = base.name + "<" + other.name + ">";
        yield "generic mapped superclass with a bound the entity does not meet";
      }
      case 8 -> add(e, "@Column(length = -1)\nString " + f + ";", "negative length");
      case 9 -> add(e, "@Column(name = \"\")\nString " + f + ";", "blank column name");
      case 10 -> {
        e.table = "";
        yield "blank table name";
      }
      case 11 -> add(e, "@ManyToOne\n@JoinColumn(name = \"" + f + "_id\", referencedColumnName = \"nope\")\n"
          + "@NotIndexed(reason = \"x\")\n" + other.name + " " + f + ";", "unknown referencedColumnName");
      case 12 -> {
        e.indexes.add("@Index(name = \"" + f + "_idx\", columnList = \"no_such_column\")");
        yield "index on an unknown column";
      }
      case 13 -> {
        e.indexes.add("@Index(columnList = \"\")");
        yield "index with no columns";
      }
      case 14 -> add(e, "@ManyToOne\n@IndexedBy(\"\")\n" + other.name + " " + f + ";", "blank index name");
      case 15 -> add(e, "@ManyToOne\n@NotIndexed(reason = \" \")\n" + other.name + " " + f + ";", "blank reason");
      case 16 -> add(e, "@ManyToOne\n@IndexedBy(\"{nope}_idx\")\n" + other.name + " " + f + ";", "unknown placeholder");
      case 17 -> add(e, "@ManyToOne\n@CoveredByUnique(\"no_such_uk\")\n" + other.name + " " + f + ";", "unknown unique constraint");
      case 18 -> add(e, "@ManyToOne\n" + other.name + " " + f + ";", "FK without decision");
      case 19 -> add(e, "@ManyToOne\n@NotIndexed(reason = \"x\")\n@IndexedBy(\"{table}_{columns}_idx\")\n"
          + other.name + " " + f + ";", "two decisions");
      case 20 -> add(e, "@ManyToOne(optional = false)\n@PartialIndex(name = \"{table}_{columns}_p\", where = \"\")\n"
          + other.name + " " + f + ";", "partial index on a required FK");
      case 21 -> {
        other.table = e.table = "dup_table";
        yield other == e ? "explicit table name" : "duplicate table names";
      }
      case 22 -> {
        e.annotations.set(0, "@Entity(name = \"Dup\")");
        other.annotations.set(0, "@Entity(name = \"Dup\")");
        yield "duplicate entity names";
      }
      case 23 -> add(e, "@Column(name = \"dup_col\")\nString " + f + "a;\n@Column(name = \"dup_col\")\nString " + f + "b;",
          "duplicate column names");
      case 24 -> {
        e.indexes.add("@Index(name = \"dup_idx\", columnList = \"id\")");
        other.indexes.add("@Index(name = \"dup_idx\", columnList = \"id\")");
        yield "duplicate index names";
      }
      case 25 -> add(e, "@ManyToOne\nString " + f + ";", "@ManyToOne on a String");
      case 26 -> add(e, "@IndexedBy(\"" + f + "_idx\")\nString " + f + ";", "decision on a basic attribute");
      case 27 -> {
        e.annotations.add("@IndexedBy(\"on_a_class\")");
        yield "decision on a class (javac rejects the target)";
      }
      case 28 -> add(e, "@Embedded\n" + other.name + " " + f + ";", "entity used as @Embedded");
      default -> {
        TypeDraft weird = new TypeDraft(set.uniqueTypeName());
        weird.annotations.add("@Entity");
        switch (random.nextInt(4)) {
          case 0 -> weird.kind = "interface";
          case 1 -> {
            weird.kind = "enum";
            weird.members.add("A, B;");
          }
          case 2 -> {
            weird.kind = "record";
            weird.typeParameters = "(@Id Long id, String name)";
          }
          default -> {
            weird.members.add("@Id\nLong " + set.longName(100) + ";");
            weird.members.add("@ManyToOne\n@IndexedBy(\"{table}_{columns}_" + set.longName(60) + "\")\n"
                + weird.name + " " + set.longName(100).toLowerCase(java.util.Locale.ROOT) + ";");
          }
        }
        set.types.add(weird);
        yield "@Entity on an interface, enum or record, or 100-character names";
      }
    };
    set.defects.add(label);
  }

  private String add(TypeDraft type, String member, String label) {
    type.members.add(member);
    return label;
  }

  private TypeDraft genericBase() {
    TypeDraft base = new TypeDraft(set.uniqueTypeName("Owned"));
    base.entity = false;
    base.kind = "abstract class";
    base.typeParameters = "<O>";
    base.annotations.add("@MappedSuperclass");
    base.members.add("@ManyToOne\n@NotIndexed(reason = \"x\")\nO owner;");
    set.types.add(base);
    return base;
  }
}
