package fkwid;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** Embedded twice in Warehouse: one attribute, two foreign keys. */
@Embeddable
public class Address {
  String street;

  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key warehouse (country_code) -> country on Address.country has no index decision: it is not covered by any index
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key warehouse (ship_country_code) -> country on Address.country has no index decision: it is not covered by any index
  Country country;
}
