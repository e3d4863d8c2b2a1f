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

/**
 * The Flyway migration directory: what it holds, and the files a model change adds to it. Files
 * are only ever added, never changed or deleted (Flyway checksums applied migrations); the
 * snapshot beside them is rewritten with each new migration.
 */
public final class Migrations {

  /**
   * What a model change means for the directory.
   *
   * @param files file name → content, in the order to write them (empty: nothing changed)
   * @param blocked changes fkguard refused to write, each with its reason
   */
  public record Result(Map<String, String> files, List<String> blocked) {}

  /** The snapshot's file name: the one file in the directory fkguard rewrites. */
  public static final String SNAPSHOT = Snapshot.FILE_NAME;

  private Migrations() {}

  /**
   * @param target the catalog of the entities as they are now
   * @param allowedDataLoss tables and {@code table.column}s the user allows to drop or rewrite
   * @param adopt {@code -Afkguard.migrations.adopt=true}: the one-time step that records the
   *     current model as the state the directory's existing migrations produce
   */
  public static Result plan(Path directory, Catalog target, Set<String> allowedDataLoss, boolean adopt)
      throws IOException, DirectoryProblem {
    Map<String, String> files = new LinkedHashMap<>();
    Path snapshotFile = directory.resolve(Snapshot.FILE_NAME);
    List<History.File> history = History.list(directory);
    if (!Files.exists(snapshotFile)) {
      if (!history.isEmpty() && !adopt) {
        throw new DirectoryProblem(Integrity.missingSnapshot(snapshotFile, history));
      }
      List<Snapshot.Recorded> recorded = new ArrayList<>();
      if (history.isEmpty()) {
        String v1 = header("the whole schema, as schema.sql") + Sql.LOCK_TIMEOUT + "\n"
            + Sql.statementTimeout("60s") + "\n" + PostgresDdl.write(target);
        files.put("V1__baseline.sql", v1);
        files.put("U1__baseline.sql", header("undoes V1: drops the whole schema; run it by hand in one transaction: psql --single-transaction -f") + dropAll(target));
        recorded.add(new Snapshot.Recorded("V1__baseline.sql", History.sha256(v1), Snapshot.Recorded.FKGUARD));
      } else {
        // Adopting an existing history: its files produce the current model, by the user's word.
        history.forEach(f -> recorded.add(new Snapshot.Recorded(f.name(), f.sha256(), Snapshot.Recorded.ADOPTED)));
      }
      files.put(Snapshot.FILE_NAME, Snapshot.write(target, recorded));
      return new Result(files, List.of());
    }
    if (adopt) {
      throw new DirectoryProblem("-Afkguard.migrations.adopt=true is the one-time step for a directory "
          + "without a snapshot, but " + snapshotFile + " exists: remove the option (kept on, it would hide a "
          + "deleted snapshot)");
    }
    Snapshot.Contents snapshot;
    try {
      snapshot = Snapshot.read(Files.readString(snapshotFile, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new DirectoryProblem(snapshotFile + ": " + e.getMessage() + ". Restore the file from "
          + "version control: it must be the one fkguard wrote with the newest migration (never delete "
          + "or empty it: fkguard would then see every table as new)");
    }
    Integrity.State state = Integrity.check(snapshotFile, snapshot, history);
    Catalog base = state.handWritten().isEmpty() ? snapshot.catalog() : target;
    Planner.Plan plan = Planner.plan(base, target, allowedDataLoss);
    List<String> blocked = plan.blocked().stream().map(b -> b.object() + ": " + b.reason()).toList();
    if (!blocked.isEmpty()) {
      return new Result(files, blocked); // nothing half-written: the snapshot stays as it was
    }
    List<Snapshot.Recorded> recorded = new ArrayList<>(state.recorded());
    if (plan.steps().isEmpty()) {
      // A hand-written migration took the database to the model: record it, write no SQL. A
      // snapshot of an older format with nothing to migrate stays as it is (verify mode passes).
      if (!state.handWritten().isEmpty()) {
        files.put(Snapshot.FILE_NAME, Snapshot.write(target, recorded));
      }
      return new Result(files, blocked);
    }
    Version version = history.isEmpty() ? Version.parse("0") : history.get(history.size() - 1).version();
    for (Step step : plan.steps()) {
      version = version.next();
      String name = version + "__" + step.description() + ".sql";
      String forward = header(step.transactional() ? "runs in one transaction"
          : "CONCURRENTLY cannot run in a transaction: see the .conf beside it")
          + timeouts(step) + String.join("\n", step.forward()) + "\n";
      files.put("V" + name, forward);
      recorded.add(new Snapshot.Recorded("V" + name, History.sha256(forward), Snapshot.Recorded.FKGUARD));
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
    files.put(Snapshot.FILE_NAME, Snapshot.write(target, recorded));
    return new Result(files, blocked);
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
