package io.fkguard.processor.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects the statements of one transactional step, each with the statements that undo it. */
final class Statements {
  private final List<String> forward = new ArrayList<>();
  private final List<String> reverse = new ArrayList<>();
  private final Set<String> created = new TreeSet<>();
  private final Set<String> touched = new TreeSet<>();

  /**
   * @param table the table the statement is about, for the step's description (empty for a
   *     sequence: it follows its table). Passed, not parsed out of the SQL: {@code comment on
   *     index} and {@code alter index} do not name their table.
   * @param undo the statements that undo {@code statement}, in the order they run; none when
   *     another undo covers it (a comment on an index that the undo drops anyway)
   */
  void add(String table, String statement, String... undo) {
    forward.add(statement);
    reverse.addAll(0, List.of(undo)); // the whole step is undone in the opposite order
    if (!table.isEmpty()) {
      String bare = table.substring(table.lastIndexOf('.') + 1);
      (statement.startsWith("create table") ? created : touched).add(bare);
    }
  }

  /** The step, or null when nothing was added; described by what it does to which tables. */
  Step step(String kind) {
    if (forward.isEmpty()) {
      return null;
    }
    touched.removeAll(created);
    List<String> parts = new ArrayList<>();
    if (!created.isEmpty()) {
      parts.add("create_" + String.join("_", created));
    }
    if (!touched.isEmpty()) {
      parts.add((kind.equals("schema") ? "alter" : kind) + "_" + String.join("_", touched));
    }
    String description = String.join("_", parts);
    if (description.length() > 60) {
      description = description.substring(0, 60).replaceAll("_+$", "");
    }
    return new Step(description.isEmpty() ? kind : description, true, forward, reverse);
  }
}
