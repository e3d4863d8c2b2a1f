package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** Good: with @MapsId the foreign key is the primary key; no decision needed. */
@Entity
public class ProductDetail {
  @Id Long id;

  @OneToOne(optional = false)
  @MapsId
  Product product;

  String longDescription;
}
