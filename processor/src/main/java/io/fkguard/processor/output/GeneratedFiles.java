package io.fkguard.processor.output;

import io.fkguard.processor.ddl.PostgresDdl;
import io.fkguard.processor.migration.Migrations;
import io.fkguard.processor.model.Origin;
import io.fkguard.processor.model.Schema;
import io.fkguard.processor.report.Finding;
import io.fkguard.processor.report.Problems;
import io.fkguard.processor.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * Everything fkguard writes after the checks pass: schema.sql and schema.md, the Flyway
 * migrations, the name constants; or, in verify mode, the comparison of the committed files with
 * what would be written.
 */
public final class GeneratedFiles {
  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Set<String> entities;

  /**
   * @param entities the module's entities (sorted; at least one): those compiled now and those an
   *     earlier build listed in {@link EntityIndex}
   */
  public GeneratedFiles(ProcessingEnvironment env, Reporter reporter, Set<String> entities) {
    this.env = env;
    this.reporter = reporter;
    this.entities = entities;
  }

  /**
   * Writes (or in verify mode, checks) every generated file for a model that passed its checks.
   *
   * @param canWriteSources false in the last round, where a new source file draws a warning
   */
  public void write(Schema schema, boolean canWriteSources) {
    Map<String, String> options = env.getOptions();
    boolean verify = "verify".equalsIgnoreCase(String.valueOf(options.get(FkguardOptions.MODE)).trim());
    OutputFiles files = new OutputFiles(env.getFiler(), options.get(FkguardOptions.DDL));
    Origin where = Origin.ofType(entities.iterator().next());
    try {
      // Plan the migrations first: when a change is blocked nothing is written at all, so the
      // committed schema.sql never runs ahead of the migrations that should produce it.
      Migrations.Result migrations = null;
      Path directory = null;
      if (options.get(FkguardOptions.MIGRATIONS) != null && !options.get(FkguardOptions.MIGRATIONS).isBlank()) {
        directory = Path.of(options.get(FkguardOptions.MIGRATIONS).trim());
        migrations = Migrations.plan(directory, schema, allowedDataLoss());
        migrations.blocked().forEach(b -> reporter.report(new Finding(Problems.UNSAFE_MIGRATION,
            "fkguard did not write a migration for " + b + "; nothing was written for this change", where)));
        if (!migrations.blocked().isEmpty()) {
          return;
        }
      }
      Map<String, String> generated = new LinkedHashMap<>();
      generated.put(files.ddlFileName(), PostgresDdl.write(schema));
      generated.put("schema.md", SchemaMarkdown.write(schema));
      List<String> stale = new ArrayList<>();
      for (Map.Entry<String, String> file : generated.entrySet()) {
        if (verify) {
          files.staleness(file.getKey(), file.getValue()).ifPresent(stale::add);
        } else {
          files.write(file.getKey(), file.getValue());
        }
      }
      if (migrations != null) {
        if (verify) {
          Path dir = directory;
          migrations.files().keySet().forEach(f -> stale.add(dir.resolve(f) + " is missing or out of date"));
        } else {
          Migrations.write(directory, migrations);
        }
      }
      constants(schema, verify, canWriteSources, stale);
      if (!stale.isEmpty()) {
        reporter.report(new Finding(Problems.STALE_GENERATED_FILES, "the committed generated files do "
            + "not match the entities: " + String.join("; ", stale) + ". Compile without "
            + "-Afkguard.mode=verify and commit the files it writes", where));
      }
    } catch (IOException | RuntimeException e) {
      reporter.report(Problems.internalError(where, e));
    }
  }

  /**
   * The constants class. By default a generated source (through the Filer), compiled in every
   * build, verify mode too, since the application compiles against it. With
   * {@code -Afkguard.constantsDir} it is a committed source file under that root instead, written
   * and verified like schema.sql; only while that file does not exist yet is it also generated
   * through the Filer, so the build that creates it still compiles.
   */
  private void constants(Schema schema, boolean verify, boolean canWriteSources, List<String> stale)
      throws IOException {
    if (FkguardOptions.CONSTANTS_NONE.equals(constantsOption())) {
      return;
    }
    // Validated before anything was written (FkguardOptions.validate).
    boolean columns = FkguardOptions.constantColumns(env.getOptions());
    String constants = constantsClass();
    int dot = constants.lastIndexOf('.');
    boolean generatedExists =
        env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    String source = NameConstants.source(schema, dot < 0 ? "" : constants.substring(0, dot),
        constants.substring(dot + 1), new NameConstants.Style(generatedExists, columns));
    String root = env.getOptions().get(FkguardOptions.CONSTANTS_DIR);
    boolean committed = false;
    if (root != null && !root.isBlank()) {
      Path target = Path.of(root.trim()).resolve(constants.replace('.', '/') + ".java").toAbsolutePath();
      committed = Files.exists(target);
      byte[] content = source.getBytes(StandardCharsets.UTF_8);
      boolean current = committed && Arrays.equals(Files.readAllBytes(target), content);
      if (verify && !current) {
        stale.add(target + (committed ? " is out of date" : " is missing"));
      } else if (!verify && !current) {
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        if (committed) {
          // This build compiled the previous version: code that uses a new constant compiles
          // in the next build.
          env.getMessager().printMessage(Diagnostic.Kind.NOTE, "[fkguard] updated " + target
              + "; this build compiled its previous version");
        }
      }
    }
    // In the last round a new source file draws a javac warning: the analysis runs earlier
    // whenever it can (see FkguardProcessor), so this is skipped only in rare builds.
    if (!committed && canWriteSources) {
      try (Writer writer = env.getFiler().createSourceFile(constants).openWriter()) {
        writer.write(source);
      }
    }
  }

  private Set<String> allowedDataLoss() {
    String option = env.getOptions().get(FkguardOptions.ALLOW_DATA_LOSS);
    Set<String> allowed = new TreeSet<>();
    if (option != null) {
      for (String item : option.split(",")) {
        if (!item.isBlank()) {
          allowed.add(item.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return allowed;
  }

  private String constantsOption() {
    String option = env.getOptions().get(FkguardOptions.CONSTANTS);
    return option == null ? "" : option.trim();
  }

  /**
   * {@code -Afkguard.constants=com.acme.Db}, else {@code Db} in the longest package all compiled
   * entities share (the first entity's package when they share none).
   */
  private String constantsClass() {
    String option = constantsOption();
    if (!option.isEmpty()) {
      return option;
    }
    // The module's entities, never empty; not only those compiled now, so an incremental build
    // puts the constants where a full build does.
    List<String> packages = entities.stream()
        .map(e -> e.contains(".") ? e.substring(0, e.lastIndexOf('.')) : "").toList();
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
