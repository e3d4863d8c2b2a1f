package io.fkguard.processor;

import io.fkguard.processor.report.Suppression;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
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
final class IncrementalState {
  static final String ENTITIES = "META-INF/fkguard/entities.txt";
  static final String SUPPRESSIONS = "META-INF/fkguard/suppressions.txt";
  private static final String ENTITY = "jakarta.persistence.Entity";

  private final Filer filer;
  private final Elements elements;

  IncrementalState(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /**
   * The entities an earlier build of this module listed that are not compiled now but still
   * exist as {@code @Entity} class files: part of the model too.
   */
  Set<String> earlierEntities(Set<String> entities, Set<String> compiledTypes) {
    Set<String> out = new TreeSet<>();
    for (String name : read(ENTITIES)) {
      if (entities.contains(name) || compiledTypes.contains(name)) {
        continue; // compiled now: its annotations in this build decide
      }
      TypeElement type = elements.getTypeElement(name);
      if (type != null && type.getAnnotationMirrors().stream()
          .anyMatch(m -> m.getAnnotationType().toString().equals(ENTITY))) {
        out.add(name);
      }
    }
    return out;
  }

  /** The suppressions an earlier build recorded for types that are only class files now. */
  Set<String> recordedSuppressions(Set<String> compiledTypes) {
    Set<String> out = new TreeSet<>();
    for (String entry : read(SUPPRESSIONS)) {
      String type = entry.split("[# ]", 2)[0];
      if (elements.getTypeElement(type) != null && !compiledTypes.contains(topLevel(elements, type))) {
        out.add(entry);
      }
    }
    return out;
  }

  /** Records this build's entities and the suppressions of every type it knows of. */
  void write(Set<String> entities, Set<String> compiledTypes, Set<String> recordedSuppressions)
      throws IOException {
    write(ENTITIES, entities);
    Set<String> suppressions = new TreeSet<>(recordedSuppressions);
    for (String name : compiledTypes) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        suppressions.addAll(Suppression.entries(type));
      }
    }
    write(SUPPRESSIONS, suppressions);
  }

  /** The top-level type of a (possibly nested) type name, if it resolves; else the name. */
  static String topLevel(Elements elements, String type) {
    Element e = elements.getTypeElement(type);
    if (e == null) {
      return type;
    }
    while (e.getEnclosingElement() instanceof TypeElement outer) {
      e = outer;
    }
    return ((TypeElement) e).getQualifiedName().toString();
  }

  /** The entries the last analysis wrote to {@code file}, or none (clean build, unreadable file). */
  private Set<String> read(String file) {
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

  private void write(String file, Set<String> entries) throws IOException {
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", file);
    try (Writer writer = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String entry : new TreeSet<>(entries)) {
        writer.write(entry + "\n");
      }
    }
  }
}
