package mig;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** v01: the initial catalog, with the seed's naive index on category (v04 fixes it). */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(
    name = "product_category_sort_order_uk", columnNames = {"category_id", "category_sort_order"}))
public class Product {
  @Id @GeneratedValue Long id;
  String name;

  // Django's db_index=True beside a unique_together that already starts with the column.
  @ManyToOne(optional = false)
  @IndexedBy("product_category_idx")
  @SuppressWarnings("fkguard:RedundantIndex")
  Category category;

  int categorySortOrder;

  @ManyToOne(optional = false)
  @IndexedBy(value = "product_created_by_idx", reason = "deleting a user checks RESTRICT here")
  User createdBy;

  @ManyToOne
  @NotIndexed(reason = "users are deactivated, never deleted")
  User lastEditedBy;
}
