package mig;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** v02: a new entity with a foreign key to product. */
@Entity
public class Review {
  @Id @GeneratedValue Long id;
  String text;

  @ManyToOne(optional = false)
  @IndexedBy("review_product_idx")
  Product product;
}
