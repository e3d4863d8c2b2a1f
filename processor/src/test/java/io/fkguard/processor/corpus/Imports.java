package io.fkguard.processor.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One import block for every generated file, single-type imports as real code has them (unused
 * ones cost javac next to nothing and keep the generator simple).
 */
final class Imports {
  private Imports() {}

  private static final List<String> TYPES = List.of(
      "io.fkguard.annotations.CoveredByUnique", "io.fkguard.annotations.IndexedBy",
      "io.fkguard.annotations.NotIndexed", "io.fkguard.annotations.PartialIndex",
      "jakarta.persistence.Column", "jakarta.persistence.Embeddable", "jakarta.persistence.Embedded",
      "jakarta.persistence.Entity", "jakarta.persistence.EnumType", "jakarta.persistence.Enumerated",
      "jakarta.persistence.FetchType", "jakarta.persistence.GeneratedValue", "jakarta.persistence.Id",
      "jakarta.persistence.Index", "jakarta.persistence.JoinColumn", "jakarta.persistence.JoinTable",
      "jakarta.persistence.ManyToMany", "jakarta.persistence.ManyToOne",
      "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Table",
      "jakarta.persistence.UniqueConstraint", "jakarta.persistence.Version",
      "java.math.BigDecimal", "java.time.Instant", "java.time.LocalDate", "java.util.HashSet",
      "java.util.Set", "java.util.UUID");

  static final String TEXT = TYPES.stream().map(t -> "import " + t + ";\n").collect(Collectors.joining());
}
