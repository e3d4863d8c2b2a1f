package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Brand {
  @Id Long id;
  String name;
}
