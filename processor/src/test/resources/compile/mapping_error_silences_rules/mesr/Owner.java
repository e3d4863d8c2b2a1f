package mesr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Owner {
  @Id Long id;
}
