package idm;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Person {
  // EXPECT: IndexDecisionMismatch: @NotIndexed is on the primary-key attribute id of table person, which owns no foreign key
  @NotIndexed(reason = "it is the key")
  @Id Long id;

  @OneToOne(mappedBy = "holder")
  // EXPECT: IndexDecisionMismatch: @CoveredByUnique("passport_holder_uk") is on the inverse side of a @OneToOne (mappedBy = "holder") of table person
  @CoveredByUnique("passport_holder_uk")
  Passport passport;
}
