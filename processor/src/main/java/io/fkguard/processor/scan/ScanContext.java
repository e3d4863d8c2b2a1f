package io.fkguard.processor.scan;

import io.fkguard.processor.model.MisplacedDecision;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Sequence;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** State shared by one scan: javac utilities, naming, and what the scan produces. */
final class ScanContext {
  final Elements elements;
  final Types types;
  final Naming naming;
  /** Whether Bean Validation constraints change the DDL, as Hibernate Validator makes them do. */
  final boolean beanValidation;
  /** Auto-applied converters compiled in this module: attribute type → database type. */
  final Map<String, String> autoApplied = new TreeMap<>();
  final Attributes attributes;
  final EntityCatalog catalog;
  /** Tables by qualified name: TreeMap so that every output path iterates in a stable order. */
  final Map<String, TableBuilder> tables = new TreeMap<>();
  final List<MisplacedDecision> misplaced = new ArrayList<>();
  /** Id sequences by qualified name; two entities may share one through a generator. */
  final Map<String, Sequence> sequences = new TreeMap<>();
  final List<Finding> problems = new ArrayList<>();
  /** Which entity (a SINGLE_TABLE root, or the entity itself) owns each entity table. */
  private final Map<String, String> tableOwners = new TreeMap<>();
  private final java.util.Set<String> sharedTablesReported = new java.util.TreeSet<>();
  private final java.util.Set<String> reportedOnce = new java.util.HashSet<>();

  ScanContext(Elements elements, Types types, Naming naming, boolean beanValidation) {
    this.elements = elements;
    this.types = types;
    this.naming = naming;
    this.beanValidation = beanValidation;
    this.attributes = new Attributes(types);
    this.catalog = new EntityCatalog(naming, attributes);
  }

  void problem(Origin origin, String message) {
    problems.add(new Finding(Problems.MAPPING_ERROR, message, origin));
  }

  /**
   * A problem found wherever one mapping is resolved, which may be more than once (a to-one in
   * the primary key is resolved for the key and for the table): reported the first time only.
   */
  void problemOnce(Origin origin, String message) {
    if (reportedOnce.add(origin + "\n" + message)) {
      problem(origin, message);
    }
  }

  TableBuilder table(String schema, String name, Table.Kind kind, Origin origin) {
    String key = schema == null ? name : schema + "." + name;
    return tables.computeIfAbsent(key, k -> new TableBuilder(schema, name, kind, origin));
  }

  TableBuilder tableOf(EntityInfo entity) {
    EntityInfo owner = entity;
    if (entity.strategy == EntityInfo.Strategy.SINGLE_TABLE) {
      owner = entity.root();
    }
    Origin origin = Origin.ofType(owner.qualifiedName);
    // Point at @Table(name = ...) when it was written: that is where a bad name is fixed.
    boolean named = Mirrors.find(owner.type, Jpa.TABLE).flatMap(t -> Mirrors.explicit(t, "name")).isPresent();
    Origin where = named ? origin.withAnnotation(Jpa.TABLE, "name") : origin;
    String key = owner.schema == null ? owner.table : owner.schema + "." + owner.table;
    String other = tableOwners.putIfAbsent(key, owner.qualifiedName);
    if (other != null && !other.equals(owner.qualifiedName)
        && sharedTablesReported.add(key + " " + owner.qualifiedName)) {
      // Two unrelated entities would be merged into one CREATE TABLE whose columns and keys
      // neither entity fully describes (ids of different types, say): refuse instead.
      problem(where, "entities " + other + " and " + owner.qualifiedName + " are both mapped to "
          + "table " + key + " without sharing a SINGLE_TABLE hierarchy; fkguard writes one table "
          + "per entity hierarchy. Give one of them another @Table(name = \"...\")");
    }
    return table(owner.schema, owner.table, Table.Kind.ENTITY, where);
  }
}
