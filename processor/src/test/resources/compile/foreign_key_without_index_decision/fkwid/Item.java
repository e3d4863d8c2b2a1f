package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** SINGLE_TABLE root (the default strategy). */
@Entity
public class Item {
  @Id Long id;
  String title;
}
