package io.fkguard.processor.rules;

import io.fkguard.processor.model.DecisionIndexes;
import io.fkguard.processor.model.Identifiers;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.model.Sequence;
import io.fkguard.processor.model.Table;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.RuleInfo;
import io.fkguard.processor.report.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Two relations (tables, indexes, constraint indexes) with one name in one schema. */
final class NameCollision implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "NameCollision",
      "Two relations (tables, indexes, constraint indexes) with one name in one schema.",
      Severity.ERROR);

  /**
   * A table, an index or a sequence as PostgreSQL's pg_class sees it.
   *
   * @param table the table, or null for a sequence
   * @param schema the schema, or null for the default
   */
  private record Relation(String name, String description, Table table, Index index,
      Origin origin, String schema) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(Schema schema) {
    List<Relation> relations = new ArrayList<>();
    for (Table table : schema.tables()) {
      relations.add(new Relation(table.name(), "table " + table.qualifiedName(), table, null,
          table.origin(), table.schema()));
      for (Index index : table.indexes()) {
        // Unnamed indexes get a name PostgreSQL picks to avoid clashes (ImplicitIndex's business).
        if (index.name() != null) {
          relations.add(new Relation(index.name(), describe(index) + " of table "
              + table.qualifiedName(), table, index, index.origin(), table.schema()));
        }
      }
    }
    // Sequences live in the same namespace: a 100-character entity's table and its <name>_seq
    // are both cut to the same 63 bytes (found by the fuzz test).
    for (Sequence sequence : schema.sequences()) {
      relations.add(new Relation(sequence.name(), "sequence " + sequence.qualifiedName(), null,
          null, sequence.origin(), sequence.schema()));
    }
    Set<List<String>> taken = new HashSet<>();
    relations.forEach(r -> taken.add(key(r.schema, r.name)));
    List<Finding> findings = new ArrayList<>();
    Map<List<String>, Relation> seen = new HashMap<>();
    for (Relation relation : relations) {
      Relation first = seen.putIfAbsent(key(relation.schema, relation.name), relation);
      if (first == null || first.table == relation.table && first.index != null
          && relation.index != null && first.index.sameObject(relation.index)) {
        continue;
      }
      // The primary key is named after its table, so the other relation is the one to rename.
      Relation rename = relation.index != null && relation.index.isPrimaryKey() ? first : relation;
      Relation other = rename == relation ? first : relation;
      findings.add(new Finding(INFO, message(rename.name, rename.description, other.name,
          other.description, relation.schema, suggestion(rename, taken)), rename.origin));
    }
    return findings;
  }

  /** The schema, then the name as PostgreSQL stores it: folded, cut to 63 bytes. */
  private static List<String> key(String schema, String name) {
    String space = schema == null ? "" : Identifiers.fold(schema);
    return List.of(space, Identifiers.truncate(Identifiers.fold(name)));
  }

  /** {@code <table>_<cols>_idx} (or {@code _key}) for an index, when that name is still free. */
  private static String suggestion(Relation rename, Set<List<String>> taken) {
    if (rename.index == null) {
      return null;
    }
    String name = Identifiers.suggestedName(rename.table.name(), rename.index.columns(),
        rename.index.unique() ? "key" : "idx");
    boolean free = Identifiers.utf8Length(name) <= Identifiers.MAX_BYTES
        && !taken.contains(key(rename.schema, name));
    return free ? name : null;
  }

  private static String describe(Index index) {
    return switch (index.source()) {
      case PRIMARY_KEY -> "primary-key index";
      case UNIQUE_CONSTRAINT -> "unique constraint";
      case DECISION -> "index of the decision on "
          + (index.origin() == null ? "a foreign key" : index.origin().describe());
      default -> index.unique() ? "unique index" : "index";
    };
  }

  static String message(String name, String what, String otherName, String otherWhat,
      String schemaName, String suggestion) {
    String stored = Identifiers.truncate(Identifiers.fold(name));
    boolean truncated = !stored.equals(Identifiers.fold(name))
        || !stored.equals(Identifiers.fold(otherName));
    return "\"" + name + "\" (" + what + ") has the same name as \"" + otherName + "\" ("
        + otherWhat + ") in schema " + (schemaName == null ? "(default)" : schemaName)
        + ": tables, indexes and the indexes behind primary keys and unique constraints share"
        + " one namespace per schema, and PostgreSQL "
        + (truncated ? "folds unquoted names to lower case and keeps only their first "
            + Identifiers.MAX_BYTES + " bytes" : "folds unquoted names to lower case")
        + ", so both are \"" + stored + "\" and the second CREATE fails. Rename \"" + name
        + "\" to " + (suggestion == null ? "a name" : "e.g. \"" + suggestion + "\", a name")
        + " no other table, index or constraint of the schema uses.";
  }
}
