package itl;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Invoice extends Audited {
  @Id Long id;
}
