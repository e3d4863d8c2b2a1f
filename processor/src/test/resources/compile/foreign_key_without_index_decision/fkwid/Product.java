package fkwid;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.List;
import java.util.Set;

/** Every kind of advice for an attribute without a decision, and the good decisions next to them. */
@Entity
@Table(
    uniqueConstraints = @UniqueConstraint(
        name = "product_brand_sku_uk", columnNames = {"brand_id", "sku"}),
    indexes = @Index(name = "product_owner_created_idx", columnList = "owner_id, created_at"))
public class Product {
  @Id Long id;
  String sku;
  LocalDateTime createdAt;

  // Nothing covers a required key: a full index.
  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: Write @IndexedBy("product_category_id_idx"), or @NotIndexed(reason = "...")
  Category category;

  // Nothing covers a nullable key: a partial index.
  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Write @PartialIndex(name = "product_last_edited_by_id_idx")
  AppUser lastEditedBy;

  // A named unique constraint starts with the key.
  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: already covered by unique constraint product_brand_sku_uk. Write @CoveredByUnique("product_brand_sku_uk")
  Brand brand;

  // A declared @Index starts with the key.
  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: already covered by index product_owner_created_idx. Write @IndexedBy("product_owner_created_idx")
  AppUser owner;

  // Good: one decision each.
  @ManyToOne(optional = false)
  @IndexedBy(value = "product_created_by_idx", reason = "deleting a user checks here")
  AppUser createdBy;

  @ManyToOne
  @PartialIndex(name = "product_reviewed_by_part_idx")
  AppUser reviewedBy;

  @ManyToOne
  @NotIndexed(reason = "two hundred countries, never deleted")
  Country origin;

  // A bag (List) join table has no primary key: neither side is covered.
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key product_tags (product_id) -> product is not covered
  // EXPECT: ForeignKeyWithoutIndexDecision: Add indexes = @Index(name = "product_tags_tags_id_idx", columnList = "tags_id") to the @JoinTable on Product.tags
  @ManyToMany
  List<Tag> tags;

  // A Set join table's primary key (product_id, supplier_id) covers the owner side only.
  @ManyToMany
  // EXPECT: ForeignKeyWithoutIndexDecision: Add indexes = @Index(name = "product_supplier_supplier_id_idx", columnList = "supplier_id")
  @JoinTable(name = "product_supplier",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "supplier_id"))
  Set<Supplier> suppliers;

  // Good: the inverse side has its own index.
  @ManyToMany
  @JoinTable(name = "product_backup_supplier",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "supplier_id"),
      indexes = @Index(name = "product_backup_supplier_supplier_id_idx", columnList = "supplier_id"))
  Set<Supplier> backupSuppliers;

  // A bag element collection has no primary key.
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key product_aliases (product_id) -> product is not covered
  @ElementCollection
  List<String> aliases;

  // Good: a Set element collection of non-null elements has the primary key (product_id, keywords),
  // which leads with the key.
  @ElementCollection
  @Column(nullable = false)
  Set<String> keywords;

  // Suppressed: an attribute with a decision to write, and a join table without one.
  @SuppressWarnings("fkguard:ForeignKeyWithoutIndexDecision")
  @ManyToOne
  AppUser importedBy;

  @SuppressWarnings("fkguard:ForeignKeyWithoutIndexDecision")
  @ManyToMany
  List<Tag> legacyTags;
}
