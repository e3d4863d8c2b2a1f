package mig;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** v04: category is covered by the unique constraint; its separate index goes (the seed's trap). */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(
    name = "product_category_sort_order_uk", columnNames = {"category_id", "category_sort_order"}))
public class Product {
  @Id @GeneratedValue Long id;
  String name;

  // Django's db_index=False: only the index may change, never the foreign-key constraint.
  @ManyToOne(optional = false)
  @CoveredByUnique("product_category_sort_order_uk")
  Category category;

  int categorySortOrder;

  @ManyToOne(optional = false)
  @IndexedBy(value = "product_created_by_idx", reason = "deleting a user checks RESTRICT here")
  User createdBy;

  @ManyToOne
  @NotIndexed(reason = "users are deactivated, never deleted")
  User lastEditedBy;
}
