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

  public Product(Category category, int categorySortOrder, String name, String description,
      AppUser createdBy) {
    this.category = category;
    this.categorySortOrder = categorySortOrder;
    this.name = name;
    this.description = description;
    this.createdBy = createdBy;
  }

  /** The seed's {@code edit} after its checks: the new texts and who made them. */
  public void edit(String name, String description, AppUser editedBy) {
    this.name = name;
    this.description = description;
    this.lastEditedBy = editedBy;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
