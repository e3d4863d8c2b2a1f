package catalog;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The seed's production-ready model. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(
    name = "product_category_sort_order_uk", columnNames = {"category_id", "category_sort_order"}))
public class Product extends Audited {
  @Id @GeneratedValue Long id;
  String name;
  String description;

  @ManyToOne(optional = false)
  @CoveredByUnique("product_category_sort_order_uk")
  Category category;

  int categorySortOrder;
}
