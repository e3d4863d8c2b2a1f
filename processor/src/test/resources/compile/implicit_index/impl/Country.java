package impl;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.NaturalId;

/** Hibernate's @NaturalId key, unnamed. */
@Entity
public class Country {
  @Id Long id;

  // EXPECT: ImplicitIndex: Hibernate's @NaturalId on Country.isoCode (Hibernate adds an unnamed unique key) creates a unique index on country (iso_code)
  // EXPECT: ImplicitIndex: write @Table(uniqueConstraints = @UniqueConstraint(name = "country_iso_code_key", columnNames = {"iso_code"}))
  @NaturalId
  String isoCode;
}
