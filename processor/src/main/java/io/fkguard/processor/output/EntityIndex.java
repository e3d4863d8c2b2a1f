package io.fkguard.processor.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Build state in the class output, rewritten by every successful analysis, sorted, one entry a
 * line. {@code META-INF/fkguard/entities.txt}: the qualified names of the module's entities.
 * {@code META-INF/fkguard/suppressions.txt}: the {@code @SuppressWarnings("fkguard:...")} written
 * in its sources (SOURCE-retained, so absent from class files). An incremental build (Maven with
 * {@code useIncrementalCompilation=false}, an IDE) compiles only the changed sources and puts the
 * others' class files on the class path; fkguard reads both lists back, so the model, the findings
 * and the generated files are those of a full build, not of the changed files and what they
 * happen to reach. Same idea as the {@code META-INF} lists AutoService keeps.
 */
public final class EntityIndex {
  public static final String ENTITIES = OutputFiles.RESOURCE_DIR + "entities.txt";
  public static final String SUPPRESSIONS = OutputFiles.RESOURCE_DIR + "suppressions.txt";

  private EntityIndex() {}

  /** The entries the last analysis wrote to {@code file}, or none (clean build, unreadable file). */
  public static Set<String> read(Filer filer, String file) {
    Set<String> entries = new TreeSet<>();
    try {
      FileObject resource = filer.getResource(StandardLocation.CLASS_OUTPUT, "", file);
      for (String line : resource.getCharContent(true).toString().split("\n")) {
        if (!line.isBlank()) {
          entries.add(line.trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // No earlier list: a clean build, where every source is compiled now anyway.
    }
    return entries;
  }

  public static void write(Filer filer, String file, Set<String> entries) throws IOException {
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", file);
    try (Writer writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String entry : new TreeSet<>(entries)) {
        writer.write(entry + "\n");
      }
    }
  }
}
