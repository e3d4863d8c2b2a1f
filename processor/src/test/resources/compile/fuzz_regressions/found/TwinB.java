package found;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

// EXPECT: MappingError: share the entity name Twin
@Entity(name = "Twin")
public class TwinB {
  @Id Long id;
}
