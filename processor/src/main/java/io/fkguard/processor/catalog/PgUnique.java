package io.fkguard.processor.catalog;

import java.util.List;

/** A unique constraint ({@code alter table ... add constraint ... unique}). */
public record PgUnique(String table, String name, List<String> columns) {

  public PgUnique {
    columns = List.copyOf(columns);
  }

  public String key() {
    return table + " " + name;
  }
}
