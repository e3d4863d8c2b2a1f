package io.fkguard.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole physical schema of the compiled entities, as fkguard understands it.
 *
 * @param tables every table, sorted by qualified name
 * @param misplacedDecisions decision annotations found on elements that own no foreign key
 * @param sequences the id sequences, sorted by qualified name
 */
public record Schema(List<Table> tables, List<MisplacedDecision> misplacedDecisions,
    List<Sequence> sequences) {

  public Schema {
    tables = List.copyOf(tables);
    misplacedDecisions = List.copyOf(misplacedDecisions);
    sequences = List.copyOf(sequences);
  }

  /** A schema without sequences: what the rules need. */
  public Schema(List<Table> tables, List<MisplacedDecision> misplacedDecisions) {
    this(tables, misplacedDecisions, List.of());
  }

  public Optional<Table> table(String qualifiedName) {
    return tables.stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
  }
}
