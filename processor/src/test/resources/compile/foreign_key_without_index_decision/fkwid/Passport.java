package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** An owning @OneToOne gets an unnamed unique key from Hibernate: name it, then refer to it. */
@Entity
public class Passport {
  @Id Long id;

  @OneToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: it is already covered by the unnamed unique key Hibernate adds for the @OneToOne on (holder_id). Write @CoveredByUnique("passport_holder_id_key") after naming it with @UniqueConstraint(name = "passport_holder_id_key", columnNames = "holder_id") in @Table
  Person holder;
}
