package mig;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** v06: review.author loses its index. */
@Entity
public class Review {
  @Id @GeneratedValue Long id;
  String text;

  @ManyToOne(optional = false)
  @IndexedBy("review_product_idx")
  Product product;

  @ManyToOne
  @NotIndexed(reason = "users are deactivated, never deleted")
  User author;
}
