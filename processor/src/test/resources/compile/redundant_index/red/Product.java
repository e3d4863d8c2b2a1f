package red;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;
import java.util.Set;

@Entity
@Table(
    uniqueConstraints = {
        // Good: a unique prefix enforces something the wider constraint does not.
        @UniqueConstraint(name = "product_code_uk", columnNames = "code"),
        @UniqueConstraint(name = "product_code_variant_uk", columnNames = {"code", "variant"}),
        @UniqueConstraint(name = "product_sku_color_uk", columnNames = {"sku", "color"})},
    indexes = {
        // EXPECT: RedundantIndex: On table product, product_status_idx (status) is redundant: product_status_created_idx (status, created_at) starts with the same columns under the same predicate
        // EXPECT: RedundantIndex: Drop product_status_idx: delete the @Index(name = "product_status_idx") from the table's indexes.
        @Index(name = "product_status_idx", columnList = "status"),
        @Index(name = "product_status_created_idx", columnList = "status, created_at"),
        @Index(name = "product_reviewer_created_idx", columnList = "reviewer_id, created_at"),
        // A unique constraint covers a plain index too.
        // EXPECT: RedundantIndex: product_sku_lookup_idx (sku) is redundant: product_sku_color_uk (sku, color) starts with the same columns
        @Index(name = "product_sku_lookup_idx", columnList = "sku"),
        // Good: the order differs.
        @Index(name = "product_created_status_idx", columnList = "created_at, status")})
public class Product {
  @Id Long id;
  String status;
  String code;
  String variant;
  String sku;
  String color;
  LocalDateTime createdAt;

  // The decision creates (reviewer_id), which the declared (reviewer_id, created_at) serves already.
  @ManyToOne(optional = false)
  // EXPECT: RedundantIndex: product_reviewer_idx (reviewer_id) is redundant: product_reviewer_created_idx (reviewer_id, created_at) starts with the same columns under the same predicate, so it serves the same lookups while PostgreSQL maintains one index less on every write. Drop product_reviewer_idx: replace @IndexedBy("product_reviewer_idx") on Product.reviewer with @IndexedBy("product_reviewer_created_idx").
  @IndexedBy("product_reviewer_idx")
  AppUser reviewer;

  // Good: a partial index is not served by a full one (different predicate).
  @ManyToOne
  @PartialIndex(name = "product_approver_part_idx")
  AppUser approver;

  // A Set join table's primary key (product_id, tag_id) serves the owner side already.
  @ManyToMany
  @JoinTable(name = "product_tag",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"),
      indexes = {
          @Index(name = "product_tag_tag_id_idx", columnList = "tag_id"),
          // EXPECT: RedundantIndex: On table product_tag, product_tag_product_id_idx (product_id) is redundant: product_tag_pkey (product_id, tag_id) starts with the same columns
          @Index(name = "product_tag_product_id_idx", columnList = "product_id")})
  Set<Tag> tags;
}
