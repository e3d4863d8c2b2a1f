package nc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Receipt extends Audited {
  @Id Long id;
}
