package nfkfi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Region {
  @Id Long id;
}
