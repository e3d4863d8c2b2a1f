package io.fkguard.processor.rules;

import java.util.Comparator;
import java.util.List;

/** Every rule, sorted by id so findings come out in a stable order. */
public final class RuleRegistry {
  private static final List<Rule> ALL = List.of(
          new ConflictingIndexDecisions(),
          new DuplicateIndex(),
          new ForeignKeyWithoutIndexDecision(),
          new IdentifierTooLong(),
          new ImplicitIndex(),
          new IndexDecisionMismatch(),
          new InvalidIndexDeclaration(),
          new NameCollision(),
          new NotIndexedCascadingForeignKey(),
          new NullableForeignKeyFullIndex(),
          new PartialIndexOnRequiredForeignKey(),
          new PartialIndexUnusableForDelete(),
          new RedundantIndex(),
          new UniqueForeignKeyShouldBeOneToOne())
      .stream()
      .sorted(Comparator.comparing(r -> r.info().id()))
      .toList();

  private RuleRegistry() {}

  public static List<Rule> all() {
    return ALL;
  }

  public static List<String> ids() {
    return ALL.stream().map(r -> r.info().id()).toList();
  }

  /** The rule with that id, for tests that run one rule alone. */
  public static Rule byId(String id) {
    return ALL.stream().filter(r -> r.info().id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
  }
}
