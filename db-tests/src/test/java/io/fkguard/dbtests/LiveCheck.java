package io.fkguard.dbtests;

import io.fkguard.check.CheckReport;
import io.fkguard.check.FkguardCheck;
import io.fkguard.check.drift.Drift;
import io.fkguard.check.model.SchemaModel;
import io.github.mfvanek.pg.core.checks.common.Diagnostic;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import io.github.mfvanek.pg.model.index.DuplicatedIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * The fixtures of the live-check tests: databases migrated by Flyway from the sample app's
 * committed migrations, the sample app's committed schema.sql as the model, and
 * pg-index-health's findings on the same database in the check's vocabulary.
 */
final class LiveCheck {
  static final Path MIGRATIONS = Path.of(System.getProperty("fkguard.root", ".."),
      "sample-app/src/main/resources/db/migration").toAbsolutePath().normalize();
  static final Path SCHEMA_SQL = Path.of(System.getProperty("fkguard.root", ".."),
      "sample-app/src/main/resources/db/schema.sql").toAbsolutePath().normalize();

  private LiveCheck() {}

  static SchemaModel model() {
    return FkguardCheck.loadModel(SCHEMA_SQL.toString());
  }

  /** The highest V version committed: the sample app's current schema. */
  static int latestVersion() {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new database migrated by Flyway to {@code target}, as the sample app would migrate it. */
  static Database migrated(String purpose, int target, ExecutorService executor) {
    Database db = Postgres.newDatabase("check_" + purpose);
    MigrationFlyway.migrate(db, MIGRATIONS, target, executor);
    return db;
  }

  /** Each statement on its own in autocommit, as an operator runs a CONCURRENTLY fix. */
  static void execute(Database db, List<String> statements) {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new AssertionError("database " + db.name() + " rejected " + statements + ": " + e.getMessage(), e);
    }
  }

  static CheckReport check(Database db) {
    return check(db, false);
  }

  static CheckReport check(Database db, boolean unused) {
    try (Connection c = db.dataSource().getConnection()) {
      return FkguardCheck.check(c, model(), unused);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code Kind table object} of every finding, in report order. */
  static List<String> found(CheckReport report) {
    return report.drifts().stream().map(d -> d.kind().id + " " + d.table() + " " + d.object()).toList();
  }

  static Drift only(CheckReport report, String kind) {
    List<Drift> of = report.drifts().stream().filter(d -> d.kind().id.equals(kind)).toList();
    if (of.size() != 1) {
      throw new AssertionError("expected one " + kind + ", got " + of.size() + " in\n" + report.text());
    }
    return of.get(0);
  }

  /** Every fix of the report, in order: what an operator would paste. */
  static List<String> fixes(CheckReport report) {
    List<String> out = new ArrayList<>();
    report.drifts().forEach(d -> out.addAll(d.fix()));
    return out;
  }

  /** The names pg-index-health reports for {@code diagnostic}: one per finding, pairs as {@code a+b}. */
  static TreeSet<String> indexHealth(Database db, Diagnostic diagnostic) {
    TreeSet<String> out = new TreeSet<>();
    for (DbObject o : IndexHealth.run(db.dataSource(), EnumSet.of(diagnostic)).get(diagnostic)) {
      if (o instanceof DuplicatedIndexes pair) {
        out.add(String.join("+", new TreeSet<>(pair.getIndexNames())));
      } else if (o instanceof io.github.mfvanek.pg.model.constraint.ForeignKey fk) {
        out.add(IndexHealth.foreignKey(fk));
      } else {
        out.add(o.getName());
      }
    }
    return out;
  }
}
