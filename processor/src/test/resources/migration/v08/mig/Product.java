package mig;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** v08: a composite foreign key to the new shelf table. */
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
  @PartialIndex(name = "product_last_edited_by_part_idx", reason = "most products are never edited")
  User lastEditedBy;

  @ManyToOne
  @JoinColumns({
      @JoinColumn(name = "shelf_warehouse", referencedColumnName = "warehouse"),
      @JoinColumn(name = "shelf_code", referencedColumnName = "code")})
  @PartialIndex(name = "product_shelf_part_idx", reason = "most products are not shelved yet")
  Shelf shelf;
}
