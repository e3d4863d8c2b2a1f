package io.fkguard.sample.catalog;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The seed's production-ready {@code Product}. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(
    name = "product_category_sort_order_uk", columnNames = {"category_id", "category_sort_order"}))
public class Product extends Audited {
  @Id @GeneratedValue Long id;

  @Column(nullable = false, length = 50)
  String name;

  @Column(nullable = false)
  String description;

  /** Lookups by category and deletes of a category use the unique constraint's index. */
  @ManyToOne(optional = false)
  @CoveredByUnique("product_category_sort_order_uk")
  Category category;

  int categorySortOrder;

  protected Product() {}
}
