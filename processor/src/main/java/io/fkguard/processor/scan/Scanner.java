package io.fkguard.processor.scan;

import io.fkguard.processor.model.IndexDecision;
import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads entities through javax.lang.model and produces the javac-free {@link Schema}. */
public final class Scanner {
  private Scanner() {}

  /**
   * What a scan produced.
   *
   * @param schema the model rules and writers read
   * @param problems mapping errors and internal errors, one per problem
   */
  public record Result(Schema schema, List<Finding> problems) {}

  /** The decision annotations, for finding ones placed outside any entity. */
  public static final List<String> DECISION_ANNOTATIONS = List.of(
      Jpa.INDEXED_BY, Jpa.COVERED_BY_UNIQUE, Jpa.PARTIAL_INDEX, Jpa.NOT_INDEXED);

  /** The JPA annotations that make a type part of the model. */
  public static final List<String> MODEL_ANNOTATIONS = List.of(
      Jpa.ENTITY, Jpa.MAPPED_SUPERCLASS, Jpa.EMBEDDABLE);

  /**
   * Whether Hibernate Validator is on the compile class path: then Hibernate applies Bean
   * Validation constraints to its DDL, unless {@code hibernate.validator.apply_to_ddl=false}.
   */
  public static boolean hibernateValidatorPresent(Elements elements) {
    return elements.getTypeElement(BeanValidation.HIBERNATE_VALIDATOR) != null;
  }

  /**
   * Scans {@code entities} and every entity they reach (targets, superclasses), whether compiled
   * now or present only as class files. Each entity is mapped on its own: an unexpected exception
   * becomes an internal error on that entity and the others are still mapped.
   */
  public static Result scan(Elements elements, Types types, String namingOption,
      Collection<TypeElement> entities, Collection<Element> decisionElements) {
    return scan(elements, types, namingOption, false, List.of(), entities, decisionElements);
  }

  /**
   * As {@link #scan(Elements, Types, String, Collection, Collection)}, with Bean Validation
   * constraints applied to the DDL when {@code beanValidation} is true ({@link BeanValidation}),
   * and the auto-applied converters among {@code compiled} (the types compiled in this module).
   */
  public static Result scan(Elements elements, Types types, String namingOption,
      boolean beanValidation, Collection<TypeElement> compiled, Collection<TypeElement> entities,
      Collection<Element> decisionElements) {
    Naming naming = Naming.fromOption(namingOption);
    // Two passes: the first discovers every reachable entity (FK targets that exist only as class
    // files are met while mapping); the second maps the complete set in one fixed order, so the
    // result does not depend on which entities were compiled now and which were found later.
    ScanContext discovery = context(elements, types, naming, beanValidation, compiled);
    mapAll(discovery, entities);
    List<TypeElement> everything = discovery.catalog.all().stream().map(e -> e.type).toList();
    ScanContext ctx = mapAll(context(elements, types, naming, beanValidation, compiled), everything);
    strayDecisions(ctx, decisionElements);
    duplicateEntityNames(ctx);
    List<Table> tables = new ArrayList<>();
    for (TableBuilder builder : ctx.tables.values()) {
      columnsMappedTwice(ctx, builder);
      tables.add(builder.build((index, missing) -> ctx.problem(index.origin(),
          "the " + (index.unique() ? "unique constraint " : "index ")
              + (index.name() == null ? "" : index.name() + " ") + "names column " + missing
              + ", which table " + builder.name + " does not have; columns are "
              + String.join(", ", builder.columnNames()))));
    }
    tables.forEach(table -> ReservedNames.check(ctx, table));
    Refusals.check(ctx, tables);
    return new Result(new Schema(tables, ctx.misplaced, List.copyOf(ctx.sequences.values())),
        ctx.problems);
  }

  private static ScanContext context(Elements elements, Types types, Naming naming,
      boolean beanValidation, Collection<TypeElement> compiled) {
    ScanContext ctx = new ScanContext(elements, types, naming, beanValidation);
    List<TypeElement> withNested = new ArrayList<>();
    compiled.forEach(t -> addWithNested(t, withNested));
    ctx.autoApplied.putAll(BasicTypes.autoAppliedConverters(ctx, withNested));
    return ctx;
  }

  /** A converter may be a nested class (of an entity, say). */
  private static void addWithNested(TypeElement type, List<TypeElement> out) {
    out.add(type);
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        addWithNested(nested, out);
      }
    }
  }

  private static ScanContext mapAll(ScanContext ctx, Collection<TypeElement> entities) {
    Mapper mapper = new Mapper(ctx);
    List<TypeElement> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (TypeElement entity : sorted) {
      guarded(ctx, entity.getQualifiedName().toString(), () -> ctx.catalog.get(entity));
    }
    Set<String> mapped = new TreeSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      List<EntityInfo> known = ctx.catalog.all();
      // Roots before subclasses, so a shared SINGLE_TABLE lists the root's columns first.
      known.sort(Comparator.comparing((EntityInfo e) -> e.lineage().size())
          .thenComparing(e -> e.qualifiedName));
      for (EntityInfo info : known) {
        if (mapped.add(info.qualifiedName)) {
          progress = true;
          guarded(ctx, info.qualifiedName, () -> mapper.map(info));
        }
      }
    }
    return ctx;
  }

  private static void guarded(ScanContext ctx, String entity, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | StackOverflowError e) {
      ctx.problems.add(Problems.internalError(Origin.ofType(entity), e));
    }
  }

  /**
   * One column set carrying two foreign keys (a SINGLE_TABLE subclass mapping its root's column
   * again): both constraints would get one name and the second CREATE fails. Map it once instead.
   */
  private static void columnsMappedTwice(ScanContext ctx, TableBuilder table) {
    java.util.Map<List<String>, io.fkguard.processor.model.ForeignKey> byColumns = new java.util.HashMap<>();
    for (io.fkguard.processor.model.ForeignKey fk : table.foreignKeys()) {
      io.fkguard.processor.model.ForeignKey first = byColumns.putIfAbsent(fk.columns(), fk);
      if (first != null && fk.origin() != null) {
        ctx.problem(fk.origin(), "table " + table.qualifiedName() + " has two foreign keys on ("
            + String.join(", ", fk.columns()) + "): " + describe(first) + " and " + describe(fk)
            + " map the same columns. Map the association once (e.g. in the root entity of the "
            + "hierarchy) or give the columns different names");
      }
    }
  }

  private static String describe(io.fkguard.processor.model.ForeignKey fk) {
    return fk.origin() == null ? "-> " + fk.targetTable() : fk.origin().describe() + " -> " + fk.targetTable();
  }

  /**
   * Two entities with one entity name: Hibernate refuses to start (DuplicateMappingException),
   * and with implicit table names both would be mapped into one table.
   */
  private static void duplicateEntityNames(ScanContext ctx) {
    java.util.Map<String, EntityInfo> byName = new java.util.TreeMap<>();
    for (EntityInfo entity : ctx.catalog.all()) {
      EntityInfo first = byName.putIfAbsent(entity.entityName, entity);
      if (first != null) {
        ctx.problem(Origin.ofType(entity.qualifiedName).withAnnotation(Jpa.ENTITY, "name"),
            "entities " + first.qualifiedName + " and " + entity.qualifiedName + " share the entity "
                + "name " + entity.entityName + ": Hibernate refuses to start with two entities of "
                + "one name. Give one of them another @Entity(name = \"...\")");
      }
    }
  }

  /** Decisions on members of classes that are no entity, mapped superclass or embeddable. */
  private static void strayDecisions(ScanContext ctx, Collection<Element> decisionElements) {
    for (Element element : decisionElements) {
      Element type = element.getEnclosingElement();
      if (type == null || !(type.getKind().isClass() || type.getKind() == ElementKind.INTERFACE)
          || MODEL_ANNOTATIONS.stream().anyMatch(a -> Mirrors.has(type, a))) {
        continue;
      }
      String typeName = ((TypeElement) type).getQualifiedName().toString();
      Origin origin = Origin.ofMember(typeName, typeName, element.getSimpleName().toString());
      for (IndexDecision decision : Decisions.read(element, null, List.of(), origin)) {
        ctx.misplaced.add(new MisplacedDecision(decision, null, "a member of "
            + type.getSimpleName() + ", which is not an @Entity, @MappedSuperclass or @Embeddable"));
      }
    }
  }
}
