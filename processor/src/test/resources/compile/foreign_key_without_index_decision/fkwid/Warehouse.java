package fkwid;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
public class Warehouse {
  @Id Long id;

  @Embedded Address address;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
  @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "ship_country_code"))
  Address shippingAddress;
}
