package io.fkguard.dbtests;

import java.util.List;
import java.util.Random;

/**
 * Mapping shapes beyond the basic set: JOINED inheritance, property access and element collection
 * Maps (valid), and shapes
 * whose verdict the generator does not predict, so they are marked uncertain: reserved words as
 * implicit table names, schema-qualified tables, {@code @OneToOne}, element collections. For an
 * uncertain set the test still demands no crash, placed diagnostics and, if fkguard accepts it, a
 * schema.sql PostgreSQL takes.
 */
final class MoreShapes {
  private static final List<String> RESERVED = List.of("Order", "User", "Group", "Check", "Table",
      "Select", "Offset", "Window", "Column");

  private final EntitySetGenerator set;
  private final Random random;

  MoreShapes(EntitySetGenerator set, Random random) {
    this.set = set;
    this.random = random;
  }

  /** A JOINED subclass: its own table, whose primary key is also the FK to the parent's. */
  void joinedSubclass(TypeDraft parent) {
    parent.annotations.add("@Inheritance(strategy = InheritanceType.JOINED)");
    TypeDraft sub = new TypeDraft(set.uniqueTypeName("Detail"));
    sub.annotations.add("@Entity");
    sub.superclass = parent.name;
    sub.root = false;
    sub.fields = 70;
    sub.members.add("String detail" + (sub.fields++) + ";");
    set.types.add(sub);
    set.entities.add(sub);
  }

  /** An entity with property access (@Id on the getter) and an FK on a getter. */
  void propertyAccess(TypeDraft target) {
    TypeDraft entity = new TypeDraft(set.uniqueTypeName("Bean"));
    entity.annotations.add("@Entity");
    String decision = random.nextBoolean() ? "@NotIndexed(reason = \"fuzz\")"
        : "@IndexedBy(\"{table}_{columns}_idx\")";
    entity.members.add("private Long id;");
    entity.members.add("private " + target.name + " link;");
    entity.members.add("@Id\npublic Long getId() { return id; }");
    entity.members.add("public void setId(Long id) { this.id = id; }");
    entity.members.add("@ManyToOne(optional = false)\n" + decision + "\npublic " + target.name
        + " getLink() { return link; }");
    entity.members.add("public void setLink(" + target.name + " link) { this.link = link; }");
    set.types.add(entity);
  }

  /** An element collection Map keyed by a basic type, its key column named or not (valid). */
  void elementCollectionMap(TypeDraft entity) {
    String field = entity.fieldName("counts");
    String key = random.nextBoolean() ? "" : "@MapKeyColumn(name = \"" + field + "_name\", length = 40)\n";
    entity.members.add("@ElementCollection\n" + key + "java.util.Map<String, Integer> " + field + ";");
  }

  void uncertain(TypeDraft entity, TypeDraft other) {
    switch (random.nextInt(4)) {
      case 0 -> {
        String name = set.pick(RESERVED);
        if (set.types.stream().noneMatch(t -> t.name.equals(name))) {
          TypeDraft e = new TypeDraft(name);
          e.annotations.add("@Entity");
          e.members.add("@Id\nLong id;");
          set.types.add(e);
          set.uncertain.add("a reserved word as implicit table name");
        }
      }
      case 1 -> {
        if (entity.root && entity.table != null) {
          entity.schema = "sales";
          set.uncertain.add("schema-qualified table");
        }
      }
      case 2 -> {
        entity.members.add("@OneToOne\n@NotIndexed(reason = \"fuzz\")\n" + other.name + " "
            + entity.fieldName("single") + ";");
        set.uncertain.add("@OneToOne");
      }
      default -> {
        entity.members.add("@ElementCollection\njava.util.Set<String> " + entity.fieldName("labels") + ";");
        set.uncertain.add("@ElementCollection");
      }
    }
  }
}
