package io.fkguard.dbtests;

import java.util.ArrayList;
import java.util.List;

/** A type being generated: annotations, header and members as source lines. */
final class TypeDraft {
  final String name;
  /** {@code class}, {@code abstract class}, {@code interface}, {@code enum} or a record header. */
  String kind = "class";
  String typeParameters = "";
  String superclass;
  final List<String> annotations = new ArrayList<>();
  /** Explicit physical table name, or null for the implicit one. */
  String table;
  /** {@code @Table(schema)}, or null. */
  String schema;
  final List<String> indexes = new ArrayList<>();
  final List<String> uniques = new ArrayList<>();
  final List<String> members = new ArrayList<>();
  boolean entity = true;
  /** Whether the entity has its own table and primary key (not a SINGLE_TABLE subclass). */
  boolean root = true;
  int fields;

  TypeDraft(String name) {
    this.name = name;
  }

  /** A field name unique in this type. */
  String fieldName(String stem) {
    return stem + (fields++);
  }

  String render(String packageName) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(packageName).append(";\n\n")
        .append("import io.fkguard.annotations.*;\nimport jakarta.persistence.*;\n\n");
    annotations.forEach(a -> out.append(a).append('\n'));
    if (table != null || schema != null || !indexes.isEmpty() || !uniques.isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (table != null) {
        parts.add("name = \"" + table + "\"");
      }
      if (schema != null) {
        parts.add("schema = \"" + schema + "\"");
      }
      if (!indexes.isEmpty()) {
        parts.add("indexes = {" + String.join(", ", indexes) + "}");
      }
      if (!uniques.isEmpty()) {
        parts.add("uniqueConstraints = {" + String.join(", ", uniques) + "}");
      }
      out.append("@Table(").append(String.join(", ", parts)).append(")\n");
    }
    out.append("public ").append(kind).append(' ').append(name).append(typeParameters);
    if (superclass != null) {
      out.append(" extends ").append(superclass);
    }
    out.append(" {\n");
    members.forEach(m -> out.append("  ").append(m.replace("\n", "\n  ")).append('\n'));
    return out.append("}\n").toString();
  }
}
