package io.fkguard.sample.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database Flyway built from the committed V1..V4 is the database the committed schema.sql
 * builds, down to the order of every table's columns (attnum): schema.sql runs in a schema of its
 * own beside the migrated {@code public} one, and both catalogs are read the same way.
 */
@SpringBootTest
class MigrationsMatchSchemaSqlTest {
  private static final String FRESH = "fresh_from_schema_sql";

  @Autowired JdbcTemplate jdbc;

  @Test
  void migratedTablesEqualTheOnesSchemaSqlCreatesColumnOrderIncluded() throws IOException {
    String schemaSql = new ClassPathResource("db/schema.sql").getContentAsString(StandardCharsets.UTF_8);
    jdbc.execute("drop schema if exists " + FRESH + " cascade");
    jdbc.execute("create schema " + FRESH);
    try {
      jdbc.execute("set search_path = " + FRESH);
      jdbc.execute(schemaSql);
      List<String> fresh = catalog(FRESH);
      List<String> migrated = catalog("public");
      assertFalse(migrated.isEmpty(), "the migrated schema has tables");
      assertEquals(String.join("\n", fresh), String.join("\n", migrated));
    } finally {
      jdbc.execute("set search_path = public");
      jdbc.execute("drop schema " + FRESH + " cascade");
    }
  }

  /**
   * One line per column (attnum order), constraint and index, read with the schema alone on the
   * search path so that definitions name tables the same way in both.
   */
  private List<String> catalog(String schema) {
    jdbc.execute("set search_path = " + schema);
    List<String> out = new java.util.ArrayList<>(jdbc.queryForList("""
        select c.relname || ': ' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                 || case when a.attnotnull then ' not null' else '' end, ', ' order by a.attnum)
        from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
          and c.relname <> 'flyway_schema_history'
        group by c.relname order by c.relname""", String.class, schema));
    out.addAll(jdbc.queryForList("""
        select c.relname || ' constraint ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
        from pg_constraint con
          join pg_class c on c.oid = con.conrelid
          join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relname <> 'flyway_schema_history'
        order by 1""", String.class, schema));
    out.addAll(jdbc.queryForList("""
        select replace(pg_get_indexdef(i.indexrelid), ' ' || n.nspname || '.', ' ')
        from pg_index i
          join pg_class c on c.oid = i.indrelid
          join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relname <> 'flyway_schema_history'
        order by 1""", String.class, schema));
    out.addAll(jdbc.queryForList("""
        select s.relname from pg_class s join pg_namespace n on n.oid = s.relnamespace
        where n.nspname = ? and s.relkind = 'S' order by 1""", String.class, schema));
    return out;
  }
}
