package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Supplier {
  @Id Long id;
  String name;
}
