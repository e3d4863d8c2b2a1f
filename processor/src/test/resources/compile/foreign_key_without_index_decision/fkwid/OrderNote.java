package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class OrderNote {
  @Id Long id;
  String text;
}
