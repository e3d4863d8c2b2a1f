package io.fkguard.sample.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A review of a product: the entity that references Product (added after the baseline). */
@Entity
public class Review {
  @Id @GeneratedValue Long id;

  @ManyToOne(optional = false)
  @IndexedBy(value = "review_product_idx", reason = "a product page lists its reviews; deleting a product checks them")
  Product product;

  @ManyToOne(optional = false)
  @IndexedBy(value = "review_author_idx", reason = "deleting a user checks ON DELETE RESTRICT against this column")
  AppUser author;

  int rating;

  @Column(length = 2000)
  String text;

  protected Review() {}
}
