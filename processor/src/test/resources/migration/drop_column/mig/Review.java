package mig;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** v02 without review.text: a dropped column. */
@Entity
public class Review {
  @Id @GeneratedValue Long id;

  @ManyToOne(optional = false)
  @IndexedBy("review_product_idx")
  Product product;
}
