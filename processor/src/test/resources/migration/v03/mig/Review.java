package mig;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** v03: a new nullable foreign key on the existing review table, with its index. */
@Entity
public class Review {
  @Id @GeneratedValue Long id;
  String text;

  @ManyToOne(optional = false)
  @IndexedBy("review_product_idx")
  Product product;

  // Most reviews have an author: a full index, not a partial one.
  @ManyToOne
  @IndexedBy(value = "review_author_idx", reason = "deleting a user checks RESTRICT here")
  @SuppressWarnings("fkguard:NullableForeignKeyFullIndex")
  User author;
}
