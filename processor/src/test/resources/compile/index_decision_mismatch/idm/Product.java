package idm;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;

@Entity
@Table(
    uniqueConstraints = {
        @UniqueConstraint(name = "product_sort_category_uk", columnNames = {"sort_order", "category_id"}),
        @UniqueConstraint(name = "product_owner_code_uk", columnNames = {"owner_id", "code"}),
        @UniqueConstraint(name = "product_owner_sku_uk", columnNames = {"owner_id", "sku"}),
        @UniqueConstraint(name = "product_vendor_sku_uk", columnNames = {"vendor_id", "sku"})},
    indexes = {
        @Index(name = "product_created_idx", columnList = "created_at, created_by_id"),
        @Index(name = "product_editor_idx", columnList = "last_edited_by_id, created_at"),
        @Index(name = "product_supplier_created_idx", columnList = "supplier_id, created_at")})
public class Product {
  @Id Long id;
  int sortOrder;
  String code;
  String sku;
  LocalDateTime createdAt;

  // The constraint exists but starts with sort_order.
  @ManyToOne(optional = false)
  // EXPECT: IndexDecisionMismatch: @CoveredByUnique("product_sort_category_uk") on Product.category does not fit foreign key product (category_id) -> category: unique constraint product_sort_category_uk is on (sort_order, category_id), which does not start with (category_id). No unique constraint of product starts with (category_id): write @IndexedBy("product_category_id_idx") instead.
  @CoveredByUnique("product_sort_category_uk")
  Category category;

  // The index exists but starts with created_at.
  @ManyToOne(optional = false)
  // EXPECT: IndexDecisionMismatch: index product_created_idx is on (created_at, created_by_id), which does not start with (created_by_id). Write @IndexedBy("product_created_by_id_idx") instead.
  @IndexedBy("product_created_idx")
  AppUser createdBy;

  // No constraint of that name; two others start with owner_id.
  @ManyToOne(optional = false)
  // EXPECT: IndexDecisionMismatch: product has no unique constraint named product_owner_uk. Write one of @CoveredByUnique("product_owner_code_uk"), @CoveredByUnique("product_owner_sku_uk") instead.
  @CoveredByUnique("product_owner_uk")
  AppUser owner;

  // A plain index is not unique: it serves the key, under the other annotation.
  @ManyToOne
  // EXPECT: IndexDecisionMismatch: index product_editor_idx is not unique. No unique constraint of product starts with (last_edited_by_id): write @IndexedBy("product_editor_idx") instead.
  @CoveredByUnique("product_editor_idx")
  AppUser lastEditedBy;

  // The primary key is not a unique constraint.
  @ManyToOne
  // EXPECT: IndexDecisionMismatch: product_pkey is the primary key, not a unique constraint. No unique constraint of product starts with (reviewed_by_id): write @PartialIndex(name = "product_reviewed_by_id_idx") instead.
  @CoveredByUnique("product_pkey")
  AppUser reviewedBy;

  // A unique constraint that starts with the key needs @CoveredByUnique, not @IndexedBy.
  @ManyToOne(optional = false)
  // EXPECT: IndexDecisionMismatch: product_vendor_sku_uk is a unique constraint, not an index. Write @CoveredByUnique("product_vendor_sku_uk") instead.
  @IndexedBy("product_vendor_sku_uk")
  AppUser vendor;

  // A decision on a basic column does nothing.
  // EXPECT: IndexDecisionMismatch: @IndexedBy("product_code_idx") is on the basic column barcode of table product, which owns no foreign key, so it has no effect
  @IndexedBy("product_code_idx")
  String barcode;

  // Good: names that serve the key.
  @ManyToOne(optional = false)
  @IndexedBy("product_supplier_created_idx")
  AppUser supplier;

  // Suppressed.
  @SuppressWarnings("fkguard:IndexDecisionMismatch")
  @ManyToOne(optional = false)
  @IndexedBy("product_created_idx")
  AppUser approvedBy;
}
