package idm;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Quote extends Owned {
  @Id Long id;
}
