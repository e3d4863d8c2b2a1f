package catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The seed's naive model: unique_together without a name, and no index decision on any FK. */
@Entity
@Table(uniqueConstraints =
    // EXPECT: ImplicitIndex: @UniqueConstraint(name = "product_category_id_category_sort_order_key"
    @UniqueConstraint(columnNames = {"category_id", "category_sort_order"}))
public class Product {
  @Id @GeneratedValue Long id;
  String name;
  String description;

  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: Write @CoveredByUnique("product_category_id_category_sort_order_key") after naming it with @UniqueConstraint(name = "product_category_id_category_sort_order_key", columnNames = {"category_id", "category_sort_order"})
  Category category;

  int categorySortOrder;

  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: @IndexedBy("product_created_by_id_idx")
  User createdBy;

  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: @PartialIndex(name = "product_last_edited_by_id_idx"
  User lastEditedBy;
}
