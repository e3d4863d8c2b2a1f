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
 * {@code META-INF/fkguard/entities.txt} in the class output: the qualified names of every entity
 * of the last successful analysis, one a line, sorted. An incremental build (Maven with
 * {@code useIncrementalCompilation=false}, an IDE) compiles only the changed sources and puts the
 * others' class files on the class path; fkguard reads the entities it knew from this list, so the
 * model, the findings and the generated files are those of a full build, not of the changed files
 * and what they happen to reach. Same idea as the {@code META-INF} lists AutoService keeps.
 */
public final class EntityIndex {
  static final String PATH = OutputFiles.RESOURCE_DIR + "entities.txt";

  private EntityIndex() {}

  /** The names the last analysis wrote, or none (first or clean build, unreadable file). */
  public static Set<String> read(Filer filer) {
    Set<String> names = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      for (String line : file.getCharContent(true).toString().split("\n")) {
        if (!line.isBlank()) {
          names.add(line.trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // No previous list: a clean build, where every entity is compiled now anyway.
    }
    return names;
  }

  public static void write(Filer filer, Set<String> names) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String name : new TreeSet<>(names)) {
        writer.write(name + "\n");
      }
    }
  }
}
