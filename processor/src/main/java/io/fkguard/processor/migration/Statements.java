package io.fkguard.processor.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the statements of one transactional step, each with the statement that undoes it. */
final class Statements {
  private static final Pattern TABLE = Pattern.compile(
      "^(?:create table|alter table|drop table(?: if exists)?|create (?:unique )?index \\S+ on|comment on index \\S+ is)"
          + " ([\\w.$]+)");
  private final List<String> forward = new ArrayList<>();
  private final List<String> reverse = new ArrayList<>();
  private final Set<String> created = new TreeSet<>();
  private final Set<String> touched = new TreeSet<>();

  /** @param undo the statement that undoes {@code statement}, or null when another undo covers it */
  void add(String statement, String undo) {
    forward.add(statement);
    if (undo != null) {
      reverse.add(0, undo); // undo in the opposite order
    }
    Matcher m = TABLE.matcher(statement);
    if (m.find()) {
      String table = m.group(1).replaceAll("^.*\\.", "");
      (statement.startsWith("create table") ? created : touched).add(table);
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
