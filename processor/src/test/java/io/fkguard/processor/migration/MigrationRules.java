package io.fkguard.processor.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fkguard.processor.testing.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The safe patterns every batch of generated migration files must follow. */
final class MigrationRules {
  private static final Pattern INDEX_NAME = Pattern.compile(
      "^(?:create (?:unique )?index concurrently if not exists|drop index concurrently if exists) ([\\w.]+)");
  private static final Pattern PLAIN_INDEX = Pattern.compile("^create (?:unique )?index (\\w+) on ([\\w.]+)");

  private MigrationRules() {}

  /** @param files one compilation's files, name → content, in version order */
  static void assertSafe(Map<String, String> files) {
    List<String> versioned = files.keySet().stream()
        .filter(f -> f.endsWith(".sql") && f.startsWith("V")).toList();
    int lastCreate = -1;
    int firstDrop = Integer.MAX_VALUE;
    for (int i = 0; i < versioned.size(); i++) {
      String name = versioned.get(i);
      String v = files.get(name);
      String u = files.get("U" + name.substring(1));
      assertTrue(u != null, name + " has no U file");
      timeoutsFirst(name, v);
      timeoutsFirst("U" + name.substring(1), u);
      List<String> statements = SqlScript.withoutSettings(v);
      if (v.contains("concurrently")) {
        // CONCURRENTLY alone: one index per file, nothing transactional beside it, and the .conf.
        assertEquals("executeInTransaction=false\n", files.get(name + ".conf"), name + ".conf");
        List<String> indexes = new ArrayList<>();
        for (String statement : statements) {
          Matcher m = INDEX_NAME.matcher(statement);
          assertTrue(m.find(), name + ": only concurrent index statements may share its file: " + statement);
          indexes.add(m.group(1));
        }
        assertEquals(1, indexes.stream().distinct().count(), name + " builds or drops more than one index");
        if (statements.stream().anyMatch(s -> s.startsWith("create"))) {
          lastCreate = i;
        } else {
          firstDrop = Math.min(firstDrop, i);
        }
      } else {
        assertTrue(!files.containsKey(name + ".conf"), name + " runs in a transaction but has a .conf");
        for (String statement : statements) {
          Matcher m = PLAIN_INDEX.matcher(statement);
          // A plain CREATE INDEX blocks writes: only for a table this very transaction creates.
          assertTrue(!m.find() || v.contains("create table " + m.group(2) + " ("),
              name + ": an index on an existing table must be built concurrently: " + statement);
          assertTrue(!statement.startsWith("drop index "), name + ": plain DROP INDEX: " + statement);
        }
      }
      for (String fk : MigrationScenarioTest.notValidForeignKeys(v)) {
        String validate = "validate constraint " + fk + ";";
        assertTrue(!v.contains(validate), name + " validates " + fk + " in the transaction that adds it");
        assertTrue(versioned.subList(i + 1, versioned.size()).stream()
            .anyMatch(later -> files.get(later).contains(validate)), "no later file validates " + fk);
      }
    }
    assertTrue(lastCreate < firstDrop, "an index is dropped before the new ones are built: " + versioned);
  }

  /** Every script starts, after its comment, by bounding how long it may wait and run. */
  private static void timeoutsFirst(String name, String script) {
    String[] lines = script.split("\n");
    int first = 0;
    while (lines[first].startsWith("--")) {
      first++;
    }
    assertTrue(lines[first].matches("set lock_timeout = '\\w+';"), name + " does not start with a lock_timeout");
    assertTrue(lines[first + 1].matches("set statement_timeout = '\\w+';"),
        name + " does not set a statement_timeout second");
  }
}
