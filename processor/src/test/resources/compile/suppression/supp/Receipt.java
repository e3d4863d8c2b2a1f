package supp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Not suppressed: Audited's key is reported for receipt but not for invoice. */
@Entity
public class Receipt extends Audited {
  @Id Long id;
}
