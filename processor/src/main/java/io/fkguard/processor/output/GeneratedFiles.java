package io.fkguard.processor.output;

import io.fkguard.processor.catalog.Catalog;
import io.fkguard.processor.ddl.PostgresDdl;
import io.fkguard.processor.migration.DirectoryProblem;
import io.fkguard.processor.migration.Migrations;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.options.Options;
import io.fkguard.processor.render.NameConstants;
import io.fkguard.processor.render.SchemaMarkdown;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Problems;
import io.fkguard.processor.report.Reporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Everything fkguard writes after the checks pass: schema.sql and schema.md, the Flyway
 * migrations, the name constants; or, in verify mode, the comparison of the committed files with
 * what would be written. Every file is rendered first, then written (or verified) in one place.
 */
public final class GeneratedFiles {
  /** Without {@code -Afkguard.ddl}, schema.sql and schema.md are build outputs here. */
  static final String RESOURCE_DIR = "META-INF/fkguard/";

  private final ProcessingEnvironment env;
  private final Options options;
  private final Reporter reporter;
  private final Set<String> entities;

  /**
   * @param entities the module's entities (sorted; at least one): those compiled now and those an
   *     earlier build listed
   */
  public GeneratedFiles(ProcessingEnvironment env, Options options, Reporter reporter, Set<String> entities) {
    this.env = env;
    this.options = options;
    this.reporter = reporter;
    this.entities = entities;
  }

  /**
   * Writes (or in verify mode, checks) every generated file for a model that passed its checks.
   *
   * @param canWriteSources false in the last round, where a new source file draws a warning
   */
  public void write(Schema schema, boolean canWriteSources) {
    Origin where = Origin.ofType(entities.iterator().next());
    try {
      Catalog catalog = Catalog.of(schema);
      CommittedFiles committed = new CommittedFiles();
      // Plan the migrations first: when a change is blocked nothing is written at all, so the
      // committed schema.sql never runs ahead of the migrations that should produce it.
      if (options.migrations() != null && !migrations(catalog, committed, where)) {
        return;
      }
      String ddl = PostgresDdl.write(catalog);
      String markdown = SchemaMarkdown.write(schema);
      if (options.ddl() != null) {
        committed.add(options.ddl(), ddl);
        committed.add(options.ddl().resolveSibling("schema.md"), markdown);
      } else if (!options.verify()) {
        writeResource("schema.sql", ddl);
        writeResource("schema.md", markdown);
      }
      ConstantsClass constants = options.constantsOff() ? null : constantsClass(schema);
      if (constants != null && constants.committedPath() != null) {
        committed.add(constants.committedPath(), constants.source());
      }
      if (options.verify()) {
        verify(committed, where);
      } else if (!writeAll(committed, constants)) {
        return;
      }
      // In the last round a new source file draws a javac warning: the analysis runs earlier
      // whenever it can (see FkguardProcessor), so this is skipped only in rare builds. A
      // committed constants class is compiled as a source; only the build that creates it needs
      // the generated copy.
      if (constants != null && !constants.existed() && canWriteSources) {
        try (Writer writer = env.getFiler().createSourceFile(constants.className()).openWriter()) {
          writer.write(constants.source());
        }
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Problems.internalError(where, e));
    }
  }

  /** Verify mode: fails with StaleGeneratedFiles when a committed file differs. */
  private void verify(CommittedFiles committed, Origin where) throws IOException {
    List<String> stale = committed.stale();
    if (!stale.isEmpty()) {
      reporter.report(new Finding(Problems.STALE_GENERATED_FILES, "the committed generated files "
          + "do not match the entities: " + String.join("; ", stale) + ". Compile without "
          + "-Afkguard.mode=verify and commit the files it writes", where));
    } else if (!committed.isEmpty()) {
      reporter.note("fkguard: verified " + committed.size() + " committed files: all current");
    }
  }

  /** Writes every changed file, all or nothing, and says what it wrote; false when it could not. */
  private boolean writeAll(CommittedFiles committed, ConstantsClass constants) {
    CommittedFiles.Written written;
    try {
      written = committed.write();
    } catch (IOException e) {
      reporter.configurationError("could not write " + e.getMessage() + " (" + e.getClass().getSimpleName()
          + "); nothing was written. Check the paths given with -A" + Options.DDL + ", -A"
          + Options.MIGRATIONS + " and -A" + Options.CONSTANTS_DIR + ": they must be writable");
      return false;
    }
    if (!written.changed().isEmpty()) {
      reporter.note("fkguard: wrote " + written.changed().size() + " files (" + written.unchanged().size()
          + " unchanged):\n  " + String.join("\n  ", written.changed().stream().map(Path::toString).toList()));
    } else if (!written.unchanged().isEmpty()) {
      reporter.note("fkguard: wrote nothing; " + written.unchanged().size() + " files unchanged");
    }
    if (constants != null && constants.committedPath() != null && constants.existed()
        && written.changed().contains(constants.committedPath())) {
      // This build compiled the previous version: code that uses a new constant compiles
      // in the next build.
      reporter.note("[fkguard] updated " + constants.committedPath() + "; this build compiled its previous version");
    }
    return true;
  }

  /**
   * Adds the planned migrations; false (and the reasons reported) when a change is blocked or
   * the directory already holds a file fkguard would write.
   */
  private boolean migrations(Catalog catalog, CommittedFiles committed, Origin where) throws IOException {
    Path directory = options.migrations();
    Migrations.Result plan;
    try {
      plan = Migrations.plan(directory, catalog, options.allowedDataLoss(), options.adopt());
    } catch (DirectoryProblem e) {
      reporter.configurationError(e.getMessage() + "; nothing was written");
      return false;
    } catch (IOException e) {
      reporter.configurationError("could not read the migrations directory -A" + Options.MIGRATIONS + "="
          + directory + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "): it must be a "
          + "readable directory; nothing was written");
      return false;
    }
    plan.blocked().forEach(b -> reporter.report(new Finding(Problems.UNSAFE_MIGRATION,
        "fkguard did not write a migration for " + b + "; nothing was written for this change", where)));
    if (!plan.blocked().isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String> file : plan.files().entrySet()) {
      Path path = directory.resolve(file.getKey());
      if (!options.verify() && !file.getKey().equals(Migrations.SNAPSHOT) && Files.exists(path)) {
        reporter.configurationError("fkguard never changes an existing migration, but " + path
            + " exists and is not in " + directory.resolve(Migrations.SNAPSHOT) + "; nothing was written");
        return false;
      }
      committed.add(path, file.getValue());
    }
    return true;
  }

  private void writeResource(String fileName, String content) throws IOException {
    FileObject resource = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE_DIR + fileName);
    try (Writer writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(content);
    }
  }

  /**
   * The constants class. By default a generated source (through the Filer), compiled in every
   * build, verify mode too, since the application compiles against it. With
   * {@code -Afkguard.constantsDir} it is a committed source file under that root instead, written
   * and verified like schema.sql; only while that file does not exist yet is it also generated
   * through the Filer, so the build that creates it still compiles.
   *
   * @param className its qualified name
   * @param committedPath where the committed file lives, or null without constantsDir
   * @param existed whether that committed file exists (then javac compiles it as a source)
   */
  private record ConstantsClass(String className, String source, Path committedPath, boolean existed) {}

  private ConstantsClass constantsClass(Schema schema) {
    String name = constantsClassName();
    int dot = name.lastIndexOf('.');
    boolean generatedExists =
        env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    String source = NameConstants.source(schema, dot < 0 ? "" : name.substring(0, dot),
        name.substring(dot + 1), new NameConstants.Style(generatedExists, options.constantColumns()));
    if (options.constantsDir() == null) {
      return new ConstantsClass(name, source, null, false);
    }
    Path target = options.constantsDir().resolve(name.replace('.', '/') + ".java");
    return new ConstantsClass(name, source, target, Files.exists(target));
  }

  /**
   * {@code -Afkguard.constants=com.acme.Db}, else {@code Db} in the longest package all the
   * module's entities share (the first entity's package when they share none). Not only those
   * compiled now, so an incremental build puts the constants where a full build does.
   */
  private String constantsClassName() {
    if (options.constants() != null) {
      return options.constants();
    }
    List<String> packages = new ArrayList<>();
    for (String e : entities) {
      packages.add(e.contains(".") ? e.substring(0, e.lastIndexOf('.')) : "");
    }
    String common = packages.get(0);
    for (String p : packages) {
      while (!(p.equals(common) || p.startsWith(common + ".")) && !common.isEmpty()) {
        common = common.contains(".") ? common.substring(0, common.lastIndexOf('.')) : "";
      }
    }
    if (common.isEmpty()) {
      common = packages.get(0);
    }
    return common.isEmpty() ? "Db" : common + ".Db";
  }
}
