package io.fkguard.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The indexes fkguard itself creates for {@code @IndexedBy} and {@code @PartialIndex}. */
public final class DecisionIndexes {
  private DecisionIndexes() {}

  /**
   * The index a foreign key's decision creates, if any. Nothing is created while the decision is
   * ambiguous (more than one decision is a ConflictingIndexDecisions error on its own; creating
   * both would only add noise), nor for an {@code @IndexedBy} that names a declared index.
   */
  public static Optional<Index> create(ForeignKey fk, List<Index> declared) {
    if (fk.decisions().size() != 1) {
      return Optional.empty();
    }
    IndexDecision decision = fk.decisions().get(0);
    return switch (decision.kind()) {
      case INDEXED_BY -> declared.stream().anyMatch(i -> sameName(i, decision.name()))
          ? Optional.empty()
          : Optional.of(new Index(decision.name(), fk.columns(), false, null,
              Index.Source.DECISION, decision.origin()));
      case PARTIAL_INDEX -> Optional.of(new Index(decision.name(), fk.columns(), false,
          decision.where() == null ? notNullPredicate(fk.columns()) : decision.where(),
          Index.Source.DECISION, decision.origin()));
      case COVERED_BY_UNIQUE, NOT_INDEXED -> Optional.empty();
    };
  }

  /** {@code a IS NOT NULL AND b IS NOT NULL}: the default predicate of a partial FK index. */
  public static String notNullPredicate(List<String> columns) {
    List<String> parts = new ArrayList<>();
    for (String column : columns) {
      parts.add(column + " IS NOT NULL");
    }
    return String.join(" AND ", parts);
  }

  /**
   * A predicate in a canonical spelling so two indexes can be compared: white space collapsed and
   * ASCII letters folded outside string literals. Not a SQL parser: "a IS NOT NULL" and
   * "NOT (a IS NULL)" still differ, which errs on the side of not reporting a duplicate.
   */
  public static String normalizePredicate(String where) {
    if (where == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    boolean pendingSpace = false;
    for (char c : where.trim().toCharArray()) {
      if (!inString && Character.isWhitespace(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      if (c == '\'') {
        inString = !inString;
      }
      out.append(!inString && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }

  private static boolean sameName(Index index, String name) {
    return index.name() != null && Identifiers.fold(index.name()).equals(Identifiers.fold(name));
  }
}
