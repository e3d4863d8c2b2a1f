package io.fkguard.sample.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Category {
  @Id @GeneratedValue Long id;

  @Column(nullable = false, length = 50)
  String name;

  protected Category() {}

  public Category(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
