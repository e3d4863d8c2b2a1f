package io.fkguard.dbtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * squawk 2.66 (installed into db-tests/node_modules by the build, see pom.xml) finds nothing in
 * any generated migration. Each file is linted the way it runs: the transactional ones with
 * {@code --assume-in-transaction} (Flyway wraps them in one; the U headers say to), the
 * CONCURRENTLY ones (with a .conf) without. squawk.toml and squawk-undo.toml say which rules are
 * off and why.
 */
class SquawkTest {
  private static final Path MODULE = Corpus.root().resolve("db-tests");

  @Test
  void theWalksMigrationsHaveNoFinding() throws Exception {
    lint(MigrationScenario.walk().scripts('V'), "squawk.toml");
  }

  @Test
  void theWalksUndoScriptsHaveNoFinding() throws Exception {
    lint(MigrationScenario.walk().scripts('U'), "squawk-undo.toml");
  }

  /** The drop steps: everything before them as usual, the allowed drops under the undo config. */
  @Test
  void allowedDropsHaveNoFindingBeyondTheDropsThemselves() throws Exception {
    MigrationScenario drops = MigrationScenario.drops();
    List<Path> steps = drops.scripts('V');
    List<Path> before = new ArrayList<>();
    List<Path> dropSteps = new ArrayList<>();
    for (Path v : steps) {
      (v.getFileName().toString().contains("__drop_") ? dropSteps : before).add(v);
    }
    assertEquals(2, dropSteps.size(), "a dropped column and a dropped table: " + steps);
    lint(before, "squawk.toml");
    lint(dropSteps, "squawk-undo.toml");
    lint(drops.scripts('U'), "squawk-undo.toml");
  }

  private static void lint(List<Path> scripts, String config) throws Exception {
    List<Path> transactional = scripts.stream().filter(s -> !MigrationScenario.concurrent(s)).toList();
    List<Path> concurrent = scripts.stream().filter(MigrationScenario::concurrent).toList();
    assertTrue(!transactional.isEmpty(), "nothing to lint");
    squawk(transactional, config, true);
    if (!concurrent.isEmpty()) {
      squawk(concurrent, config, false);
    }
  }

  private static void squawk(List<Path> files, String config, boolean inTransaction)
      throws IOException, InterruptedException {
    Path squawk = MODULE.resolve("node_modules/.bin/squawk");
    assertTrue(Files.isExecutable(squawk), squawk + " is missing: the build runs npm install in db-tests "
        + "before the tests (exec-maven-plugin); run ./mvnw -pl db-tests verify");
    List<String> command = new ArrayList<>(List.of(squawk.toString(), "--config",
        MODULE.resolve(config).toString(), "--reporter", "gcc", "--pg-version", "17.0"));
    if (inTransaction) {
      command.add("--assume-in-transaction");
    }
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("squawk did not finish within 60 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "squawk (" + config + (inTransaction ? ", in a transaction" : "")
        + ") found problems in " + files.size() + " files:\n" + output);
  }
}
