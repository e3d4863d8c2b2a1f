package io.fkguard.multimodule.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Employee {
  @Id Long id;

  @Column(nullable = false, length = 120)
  String name;
}
