package maperr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Variant {
  @Id Long id;
  String label;
}
