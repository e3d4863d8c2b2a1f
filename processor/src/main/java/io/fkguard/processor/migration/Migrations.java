package io.fkguard.processor.migration;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.catalog.Sql;
import io.fkguard.processor.ddl.PostgresDdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Flyway migration directory: what it holds, and the files a model change adds to it. Files
 * are only ever added, never changed or deleted (Flyway checksums applied migrations); the
 * snapshot beside them is rewritten with each new migration.
 */
public final class Migrations {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  /**
   * What a model change means for the directory.
   *
   * @param files file name → content, in the order to write them (empty: nothing changed)
   * @param blocked changes fkguard refused to write, each with its reason
   */
  public record Result(Map<String, String> files, List<String> blocked) {}

  private Migrations() {}

  /**
   * @param target the catalog of the entities as they are now
   * @param allowedDataLoss tables and {@code table.column}s the user allows to drop or rewrite
   */
  public static Result plan(Path directory, Catalog target, Set<String> allowedDataLoss) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Path snapshotFile = directory.resolve(Snapshot.FILE_NAME);
    int highest = highestVersion(directory);
    if (!Files.exists(snapshotFile)) {
      if (highest == 0) {
        files.put("V1__baseline.sql", header("the whole schema, as schema.sql") + Sql.LOCK_TIMEOUT
            + "\n" + Sql.statementTimeout("60s") + "\n" + PostgresDdl.write(target));
        files.put("U1__baseline.sql", header("undoes V1: drops the whole schema; run it by hand in one transaction: psql --single-transaction -f") + dropAll(target));
      }
      // Existing migrations without a snapshot: adopt them as producing the current model.
      files.put(Snapshot.FILE_NAME, Snapshot.write(target));
      return new Result(files, List.of());
    }
    Catalog base = Snapshot.read(Files.readString(snapshotFile, StandardCharsets.UTF_8));
    Planner.Plan plan = Planner.plan(base, target, allowedDataLoss);
    List<String> blocked = plan.blocked().stream().map(b -> b.object() + ": " + b.reason()).toList();
    if (!blocked.isEmpty() || plan.steps().isEmpty()) {
      return new Result(files, blocked); // nothing half-written: the snapshot stays as it was
    }
    int version = highest;
    for (Step step : plan.steps()) {
      version++;
      String name = version + "__" + step.description() + ".sql";
      files.put("V" + name, header(step.transactional() ? "runs in one transaction"
          : "CONCURRENTLY cannot run in a transaction: see the .conf beside it")
          + timeouts(step) + String.join("\n", step.forward()) + "\n");
      if (!step.transactional()) {
        files.put("V" + name + ".conf", "executeInTransaction=false\n");
      }
      // Flyway's free edition ignores U files: say how to run one, since its SQL needs it.
      files.put("U" + name, header("undoes V" + version + "; Flyway's undo naming, run it by hand "
          + (step.transactional() ? "in one transaction: psql --single-transaction -f"
              : "outside a transaction: psql -f"))
          + timeouts(step)
          + (step.reverse().isEmpty()
              ? "-- nothing to undo here: the undo scripts of the earlier versions drop what this one touched\n"
              : String.join("\n", step.reverse()) + "\n"));
    }
    files.put(Snapshot.FILE_NAME, Snapshot.write(target));
    return new Result(files, blocked);
  }

  /** Writes the planned files; refuses to overwrite a migration that already exists. */
  public static void write(Path directory, Result result) throws IOException {
    Files.createDirectories(directory);
    for (Map.Entry<String, String> file : result.files().entrySet()) {
      Path path = directory.resolve(file.getKey());
      if (Files.exists(path) && !file.getKey().equals(Snapshot.FILE_NAME)) {
        throw new IOException("fkguard never changes an existing migration, but " + path + " exists");
      }
      Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }

  static int highestVersion(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int highest = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        if (m.matches()) {
          highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
      }
    }
    return highest;
  }

  private static String header(String what) {
    return "-- Generated by fkguard (" + what + "). Review it; never edit it once applied.\n";
  }

  /**
   * Every script that takes locks gives up after 5 s instead of queueing writes behind it. Only
   * the concurrent steps and validations may run long, so only they lift the statement timeout.
   * A concurrent build also waits for every older transaction to finish, and those waits count
   * as lock waits; they block nobody's reads or writes, so it may wait longer (a build that times
   * out leaves an INVALID index, which the file's leading {@code drop index} removes on a rerun).
   */
  private static String timeouts(Step step) {
    boolean longRunning = !step.transactional() || step.description().startsWith("validate");
    return (step.transactional() ? Sql.LOCK_TIMEOUT : Sql.CONCURRENT_LOCK_TIMEOUT)
        + "\n" + Sql.statementTimeout(longRunning ? "0" : "60s") + "\n";
  }

  private static String dropAll(Catalog catalog) {
    List<String> out = new ArrayList<>();
    out.add(Sql.LOCK_TIMEOUT);
    out.add(Sql.statementTimeout("60s"));
    List<String> tables = new ArrayList<>(catalog.tables().keySet());
    Collections.reverse(tables);
    tables.forEach(t -> out.add(Sql.dropTableCascade(t)));
    catalog.sequences().values().forEach(s -> out.add(Sql.dropSequence(s)));
    return String.join("\n", out) + "\n";
  }
}
