package io.fkguard.processor.rules;

import io.fkguard.processor.model.ForeignKey;
import io.fkguard.processor.model.Index;
import io.fkguard.processor.model.Table;

/**
 * The stable identity of a finding, as a baseline records it: what the finding is about in
 * schema terms, so moving or reformatting code keeps it and fixing the finding removes it.
 */
final class Keys {
  private Keys() {}

  /** {@code product (category_id) -> category}. */
  static String of(Table table, ForeignKey fk) {
    return table.qualifiedName() + " (" + String.join(", ", fk.columns()) + ") -> " + fk.targetTable();
  }

  /** {@code product index product_category_idx}, or its columns when it has no name. */
  static String of(Table table, Index index) {
    return table.qualifiedName() + " index "
        + (index.name() != null ? index.name() : "(" + String.join(", ", index.columns()) + ")");
  }
}
