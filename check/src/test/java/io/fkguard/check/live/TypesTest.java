package io.fkguard.check.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fallback spellings (before PostgreSQL 17) for the types fkguard writes. */
class TypesTest {
  @Test
  void hibernateTypesAsFormatTypePrintsThem() {
    assertEquals("character varying(150)", Types.alias("varchar(150)"));
    assertEquals("character(1)", Types.alias("char(1)"));
    assertEquals("timestamp(6) without time zone", Types.alias("timestamp(6)"));
    assertEquals("timestamp(6) with time zone", Types.alias("timestamp(6) with time zone"));
    assertEquals("time(6) without time zone", Types.alias("time(6)"));
    assertEquals("numeric(38,2)", Types.alias("numeric(38, 2)"));
    assertEquals("bigint", Types.alias("bigint"));
    assertEquals("double precision", Types.alias("double precision"));
    assertEquals("interval second(6)", Types.alias("interval second(6)"));
  }
}
