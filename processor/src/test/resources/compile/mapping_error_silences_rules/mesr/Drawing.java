package mesr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A table fkguard cannot map completely: it makes no claim about the table's foreign keys. */
@Entity
public class Drawing {
  @Id Long id;

  // EXPECT: MappingError: does not know how Hibernate stores
  Shape shape;

  @ManyToOne
  Owner owner;
}
