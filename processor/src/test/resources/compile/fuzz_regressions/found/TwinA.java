package found;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Two entities of one entity name used to be merged into one table. */
@Entity(name = "Twin")
public class TwinA {
  @Id Long id;
}
