package io.fkguard.check.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a type as fkguard writes it ({@code varchar(150)}, {@code timestamp(6)}) is the type
 * {@code format_type} prints ({@code character varying(150)}, {@code timestamp(6) without time
 * zone}). From PostgreSQL 17 the server itself says: {@code format_type(to_regtype(t),
 * to_regtypemod(t))} is the canonical spelling of any type text, a {@code columnDefinition} too.
 * Before 17, and when the server cannot read the text, the aliases below are the fallback.
 */
final class Types {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
      Map.entry("int2", "smallint"), Map.entry("float8", "double precision"), Map.entry("float4", "real"),
      Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"), Map.entry("varchar", "character varying"),
      Map.entry("char", "character"), Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("time", "time without time zone"), Map.entry("timestamptz", "timestamp with time zone"));
  private static final Pattern WITH_MODIFIER = Pattern.compile("([a-z ]+?)\\s*(\\([0-9, ]+\\))(.*)");

  private final Connection connection;
  private final int serverVersion;
  private final Map<String, String> canonical = new HashMap<>();

  Types(Connection connection, int serverVersion) {
    this.connection = connection;
    this.serverVersion = serverVersion;
  }

  boolean same(String model, String live) {
    return alias(model).equals(alias(live)) || canonical.computeIfAbsent(model, this::server).equals(live);
  }

  private String server(String type) {
    if (serverVersion < 17) {
      return alias(type);
    }
    Savepoint savepoint = null;
    try (PreparedStatement ps = connection.prepareStatement("select format_type(to_regtype(?), to_regtypemod(?))")) {
      savepoint = connection.setSavepoint();
      ps.setString(1, type);
      ps.setString(2, type);
      try (ResultSet rs = ps.executeQuery()) {
        String out = rs.next() ? rs.getString(1) : null;
        connection.releaseSavepoint(savepoint);
        return out == null ? alias(type) : out;
      }
    } catch (SQLException e) {
      try {
        if (savepoint != null) {
          connection.rollback(savepoint);
        }
      } catch (SQLException ignored) {
        // The next catalog question reports the aborted transaction.
      }
      return alias(type);
    }
  }

  /** {@code varchar(150)} → {@code character varying(150)}, {@code timestamp(6)} → … without time zone. */
  static String alias(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(", ", ",");
    Matcher m = WITH_MODIFIER.matcher(t);
    String base = m.matches() ? m.group(1).trim() : t;
    String modifier = m.matches() ? m.group(2).replace(" ", "") : "";
    String rest = m.matches() ? m.group(3).trim() : "";
    String name = ALIASES.getOrDefault(base, base);
    if ((name.equals("timestamp without time zone") || name.equals("time without time zone")) && !modifier.isEmpty()) {
      String head = name.substring(0, name.indexOf(' '));
      return head + modifier + (rest.isEmpty() ? " without time zone" : " " + rest);
    }
    return name + modifier + (rest.isEmpty() ? "" : " " + rest);
  }
}
