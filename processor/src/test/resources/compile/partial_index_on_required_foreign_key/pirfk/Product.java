package pirfk;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Product {
  @Id Long id;
  String status;

  // optional = false: the default predicate holds for every row.
  @ManyToOne(optional = false)
  // EXPECT: PartialIndexOnRequiredForeignKey: @PartialIndex(name = "product_created_by_idx") on Product.createdBy creates an index WHERE created_by_id IS NOT NULL, but foreign key product (created_by_id) -> app_user is NOT NULL: every row satisfies it, so the index is as big as a full one, yet the planner can use it only for queries that imply the predicate. Write @IndexedBy("product_created_by_idx") instead.
  @PartialIndex(name = "product_created_by_idx")
  AppUser createdBy;

  // @JoinColumn(nullable = false) makes the column NOT NULL too.
  @ManyToOne
  @JoinColumn(name = "owner_id", nullable = false)
  // EXPECT: PartialIndexOnRequiredForeignKey: foreign key product (owner_id) -> app_user is NOT NULL: every row satisfies it
  @PartialIndex(name = "product_owner_idx")
  AppUser owner;

  // Another predicate leaves rows out that a delete from app_user must still find.
  @ManyToOne(optional = false)
  // EXPECT: PartialIndexOnRequiredForeignKey: creates an index WHERE status = 'ACTIVE', but foreign key product (approved_by_id) -> app_user is NOT NULL: the index leaves out the other rows, so each delete from app_user cannot use it and scans product. Write @IndexedBy("product_approved_by_idx") instead.
  @PartialIndex(name = "product_approved_by_idx", where = "status = 'ACTIVE'")
  AppUser approvedBy;

  // Good: nullable.
  @ManyToOne
  @PartialIndex(name = "product_last_edited_by_idx", reason = "almost never edited")
  AppUser lastEditedBy;

  // Suppressed.
  @SuppressWarnings("fkguard:PartialIndexOnRequiredForeignKey")
  @ManyToOne(optional = false)
  @PartialIndex(name = "product_archived_by_idx")
  AppUser archivedBy;
}
