package impl;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.NaturalId;

/** Good: a named unique constraint on the same columns replaces Hibernate's unnamed keys. */
@Entity
@Table(uniqueConstraints = {
    @UniqueConstraint(name = "passport_holder_uk", columnNames = "holder_id"),
    @UniqueConstraint(name = "passport_number_uk", columnNames = "number")})
public class Passport {
  @Id Long id;

  @OneToOne(optional = false)
  @CoveredByUnique("passport_holder_uk")
  AppUser holder;

  @NaturalId String number;
}
