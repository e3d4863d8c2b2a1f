package shop;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** Embedded in a PROPERTY-access entity: field access must be said explicitly (JPA 2.3.3). */
@Embeddable
@Access(AccessType.FIELD)
public class Address {
  String street;
  String city;

  @ManyToOne
  @PartialIndex(name = "{table}_{columns}_part_idx")
  Region region;
}
