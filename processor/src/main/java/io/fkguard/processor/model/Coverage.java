package io.fkguard.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * Which index serves a foreign key: the one question rules, schema.md and the summary all ask,
 * answered in one place. An index serves the FK when PostgreSQL can use it for the check it runs
 * on every delete of a parent row ({@code ... where fk = $1}): a full index whose leading columns
 * are exactly the FK's, in order.
 */
public final class Coverage {
  private Coverage() {}

  public static boolean covers(Index index, ForeignKey fk) {
    return !index.isPartial() && index.startsWith(fk.columns());
  }

  /** Whether any index of the table serves the FK. */
  public static boolean isCovered(Table table, ForeignKey fk) {
    return table.indexes().stream().anyMatch(i -> covers(i, fk));
  }

  /** The indexes of the table that serve the FK, in declaration order. */
  public static List<Index> servingIndexes(Table table, ForeignKey fk) {
    return table.indexes().stream().filter(i -> covers(i, fk)).toList();
  }

  /** The first index that serves the FK, if any. */
  public static Optional<Index> servingIndex(Table table, ForeignKey fk) {
    return table.indexes().stream().filter(i -> covers(i, fk)).findFirst();
  }

  /** Whether the FK columns lead the primary key, whose index then serves it. */
  public static boolean leadsPrimaryKey(Table table, ForeignKey fk) {
    List<String> pk = table.primaryKey();
    int n = fk.columns().size();
    return n > 0 && pk.size() >= n && pk.subList(0, n).equals(fk.columns());
  }
}
