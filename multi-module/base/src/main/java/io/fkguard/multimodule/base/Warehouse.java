package io.fkguard.multimodule.base;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Nothing in the orders module reaches it: it stays out of that module's schema.sql. */
@Entity
public class Warehouse {
  @Id Long id;

  String code;
}
