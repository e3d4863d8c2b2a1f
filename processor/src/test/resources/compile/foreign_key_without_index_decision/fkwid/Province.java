package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

/** Hibernate adds an unnamed unique key on the natural id (country_id, code); it covers the key. */
@Entity
public class Province {
  @Id Long id;

  @NaturalId
  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: it is already covered by the unnamed unique key Hibernate adds for the @NaturalId on (country_code, code). Write @CoveredByUnique("province_country_code_code_key") after naming it with @UniqueConstraint(name = "province_country_code_code_key", columnNames = {"country_code", "code"}) in @Table
  Country country;

  @NaturalId String code;
}
