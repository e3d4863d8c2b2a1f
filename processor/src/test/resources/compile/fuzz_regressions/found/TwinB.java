package found;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

// EXPECT: MappingError: share the entity name Twin
@Entity(name = "Twin")
// EXPECT: MappingError: are both mapped to table twin
public class TwinB {
  @Id Long id;
}
