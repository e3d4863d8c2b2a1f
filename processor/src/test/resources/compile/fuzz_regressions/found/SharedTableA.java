package found;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Two unrelated entities on one table used to be merged into one CREATE TABLE with one id. */
@Entity
@Table(name = "shared")
public class SharedTableA {
  @Id Long id;
}
