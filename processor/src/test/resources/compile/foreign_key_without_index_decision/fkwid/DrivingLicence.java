package fkwid;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A named unique constraint on the @OneToOne column replaces Hibernate's unnamed one. */
@Entity
@Table(uniqueConstraints = {
    @UniqueConstraint(name = "driving_licence_holder_uk", columnNames = "holder_id"),
    @UniqueConstraint(name = "driving_licence_issuer_uk", columnNames = "issuer_id")})
public class DrivingLicence {
  @Id Long id;

  @OneToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: already covered by unique constraint driving_licence_holder_uk. Write @CoveredByUnique("driving_licence_holder_uk")
  Person holder;

  // Good.
  @OneToOne
  @CoveredByUnique("driving_licence_issuer_uk")
  Person issuer;
}
