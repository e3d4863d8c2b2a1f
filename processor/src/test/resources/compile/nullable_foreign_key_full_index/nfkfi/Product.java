package nfkfi;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(indexes = {
    @Index(name = "product_reviewed_by_idx", columnList = "reviewed_by_id"),
    @Index(name = "product_approved_by_created_idx", columnList = "approved_by_id, created_at")})
public class Product {
  @Id Long id;
  LocalDateTime createdAt;

  // The index fkguard creates stores every NULL row.
  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("product_last_edited_by_idx") on Product.lastEditedBy gives the nullable foreign key product (last_edited_by_id) -> app_user a full index, which stores every NULL row too. If most rows are NULL, write @PartialIndex(name = "product_last_edited_by_idx") instead: it indexes only WHERE last_edited_by_id IS NOT NULL
  @IndexedBy("product_last_edited_by_idx")
  AppUser lastEditedBy;

  // A declared plain index on exactly the key: it has to go too.
  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex: write @PartialIndex(name = "product_reviewed_by_idx") instead and remove @Index(name = "product_reviewed_by_idx") from @Table
  @IndexedBy("product_reviewed_by_idx")
  AppUser reviewedBy;

  // Good: a wider declared index serves other queries too.
  @ManyToOne
  @IndexedBy("product_approved_by_created_idx")
  AppUser approvedBy;

  // Good: required.
  @ManyToOne(optional = false)
  @IndexedBy("product_created_by_idx")
  AppUser createdBy;

  // Good: partial.
  @ManyToOne
  @PartialIndex(name = "product_archived_by_idx")
  AppUser archivedBy;

  // Suppressed: the column is mostly filled.
  @SuppressWarnings("fkguard:NullableForeignKeyFullIndex")
  @ManyToOne
  @IndexedBy("product_buyer_idx")
  AppUser buyer;
}
