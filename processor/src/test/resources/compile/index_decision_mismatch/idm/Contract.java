package idm;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "contract_owner_uk", columnNames = {"owner_id", "number"}))
public class Contract extends Owned {
  @Id Long id;
}
