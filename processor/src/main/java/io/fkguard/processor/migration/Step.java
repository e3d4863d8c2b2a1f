package io.fkguard.processor.migration;

import java.util.List;

/**
 * One migration file to write.
 *
 * @param description the readable part of the file name, e.g. {@code product_index_created_by}
 * @param transactional false for {@code CONCURRENTLY} statements, which PostgreSQL refuses to run
 *     in a transaction: the file then gets a {@code .conf} with {@code executeInTransaction=false}
 * @param forward the statements of {@code V<n>__<description>.sql}
 * @param reverse the statements of {@code U<n>__<description>.sql}, undoing {@code forward}
 */
record Step(String description, boolean transactional, List<String> forward, List<String> reverse) {
  Step {
    forward = List.copyOf(forward);
    reverse = List.copyOf(reverse);
  }
}
