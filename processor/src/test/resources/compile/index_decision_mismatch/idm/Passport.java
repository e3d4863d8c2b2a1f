package idm;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "passport_holder_uk", columnNames = "holder_id"))
public class Passport {
  @Id Long id;

  // Good: the owning side.
  @OneToOne(optional = false)
  @CoveredByUnique("passport_holder_uk")
  Person holder;
}
