package mesr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The same foreign key on a table that maps: reported as usual. */
@Entity
public class Sketch {
  @Id Long id;

  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key sketch (owner_id) -> owner
  Owner owner;
}
