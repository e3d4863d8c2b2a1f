package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Person {
  @Id Long id;
  String name;
}
