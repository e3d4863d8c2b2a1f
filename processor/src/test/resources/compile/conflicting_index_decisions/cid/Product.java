package cid;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(
    name = "product_category_sort_order_uk", columnNames = {"category_id", "sort_order"}))
public class Product {
  @Id Long id;
  int sortOrder;

  // Two indexes on one nullable key: reported on the second decision.
  @ManyToOne
  @IndexedBy("product_last_edited_by_idx")
  // EXPECT: ConflictingIndexDecisions: Product.lastEditedBy has 2 index decisions (@IndexedBy and @PartialIndex) for foreign key product (last_edited_by_id) -> app_user: keep exactly one. Until then fkguard creates no index for it.
  @PartialIndex(name = "product_last_edited_by_part_idx")
  AppUser lastEditedBy;

  // A contradiction: index it, and do not.
  @ManyToOne(optional = false)
  @IndexedBy("product_created_by_idx")
  // EXPECT: ConflictingIndexDecisions: has 2 index decisions (@IndexedBy and @NotIndexed)
  @NotIndexed(reason = "users are never deleted")
  AppUser createdBy;

  // Three decisions: one finding, on the second.
  @ManyToOne(optional = false)
  @IndexedBy("product_category_idx")
  // EXPECT: ConflictingIndexDecisions: has 3 index decisions (@IndexedBy, @CoveredByUnique and @NotIndexed) for foreign key product (category_id) -> category
  @CoveredByUnique("product_category_sort_order_uk")
  @NotIndexed(reason = "few categories")
  Category category;

  // Good: exactly one decision.
  @ManyToOne
  @PartialIndex(name = "product_reviewed_by_idx")
  AppUser reviewedBy;

  // Suppressed on the attribute.
  @SuppressWarnings("fkguard:ConflictingIndexDecisions")
  @ManyToOne
  @PartialIndex(name = "product_approved_by_idx")
  @NotIndexed(reason = "legacy data, cleaned up in a later release")
  AppUser approvedBy;
}
