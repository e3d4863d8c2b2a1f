package io.fkguard.processor.migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the snapshot still describes the directory: every V file it records is there with the
 * bytes it had, and every V file it does not record is a hand-written one the user marked. Any
 * other difference means the diff base cannot be trusted, so it is an error naming the file and
 * the fix: never a silent re-baseline, never a migration planned against the wrong base.
 */
final class Integrity {
  /**
   * @param recorded the files the snapshot reflects, the newly marked hand-written ones included
   * @param handWritten the marked V files new since the snapshot: they bring the database to the
   *     current model
   */
  record State(List<Snapshot.Recorded> recorded, List<History.File> handWritten) {}

  private Integrity() {}

  static State check(Path snapshotFile, Snapshot.Contents snapshot, List<History.File> history)
      throws DirectoryProblem {
    if (snapshot.format() < 3) {
      // Older snapshots record no files: the files present are the ones they were written with.
      return new State(history.stream().map(f -> new Snapshot.Recorded(f.name(), f.sha256(),
          Snapshot.Recorded.FKGUARD)).toList(), List.of());
    }
    Path directory = snapshotFile.getParent();
    Map<String, History.File> present = history.stream()
        .collect(Collectors.toMap(History.File::name, Function.identity()));
    List<String> problems = new ArrayList<>();
    Version newest = null;
    for (Snapshot.Recorded r : snapshot.migrations()) {
      History.File file = present.get(r.file());
      if (file == null) {
        problems.add(directory.resolve(r.file()) + " is recorded in " + snapshotFile.getFileName()
            + " but is missing: restore it from version control (Flyway may already have applied it; "
            + "deleting a migration never undoes it)");
        continue;
      }
      if (!file.sha256().equals(r.sha256())) {
        problems.add(directory.resolve(r.file()) + " was changed after " + snapshotFile.getFileName()
            + " recorded it: restore it from version control; an applied migration must never change "
            + "(Flyway checksums it), so change the entities and let fkguard write a new one");
      }
      newest = newest == null || file.version().compareTo(newest) > 0 ? file.version() : newest;
    }
    List<Snapshot.Recorded> recorded = new ArrayList<>(snapshot.migrations());
    List<History.File> handWritten = new ArrayList<>();
    for (History.File file : history) {
      if (snapshot.migrations().stream().anyMatch(r -> r.file().equals(file.name()))) {
        continue;
      }
      Path path = directory.resolve(file.name());
      if (newest != null && file.version().compareTo(newest) <= 0) {
        problems.add(path + " is not recorded in " + snapshotFile.getFileName() + " and is not newer than "
            + "its newest migration V" + newest + ": give it a version after V" + newest
            + " (Flyway refuses an out-of-order migration by default)");
      } else if (file.handWritten()) {
        handWritten.add(file);
        recorded.add(new Snapshot.Recorded(file.name(), file.sha256(), Snapshot.Recorded.HAND_WRITTEN));
      } else {
        problems.add(path + " is newer than " + snapshotFile.getFileName() + " and fkguard did not write it. "
            + "If it brings the database to the current entities, add the line \""
            + History.HAND_WRITTEN_MARKER + "\" to it: fkguard then records the entities as the state "
            + "after it and writes no SQL for them. Otherwise remove it, or restore the "
            + snapshotFile.getFileName() + " that was committed with it");
      }
    }
    if (!problems.isEmpty()) {
      throw new DirectoryProblem(String.join("\n", problems));
    }
    return new State(List.copyOf(recorded), List.copyOf(handWritten));
  }

  /** No snapshot beside existing migrations: deleted, or a project adopting fkguard. */
  static String missingSnapshot(Path snapshotFile, List<History.File> history) {
    History.File newest = history.get(history.size() - 1);
    return snapshotFile.getParent() + " holds " + history.size() + " versioned migrations (up to "
        + newest.name() + ") but no " + snapshotFile.getFileName() + ", so fkguard does not know the "
        + "schema they produce. If the snapshot was deleted, restore it from version control. If this "
        + "is an existing Flyway history and the database it produces matches the entities, compile "
        + "once with -Afkguard.migrations.adopt=true: fkguard records the entities as the state these "
        + "migrations produce (no SQL is written) and numbers its migrations after V" + newest.version()
        + "; then remove the option";
  }
}
