package dup;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Set;

@Entity
@Table(
    uniqueConstraints = {
        @UniqueConstraint(name = "product_sku_uk", columnNames = "sku"),
        @UniqueConstraint(name = "product_code_uk", columnNames = "code")},
    indexes = {
        // A plain index next to a unique constraint on the same column: the constraint stays.
        // EXPECT: DuplicateIndex: Table product has two indexes on (sku): product_sku_idx duplicates product_sku_uk. Remove product_sku_idx (delete the @Index(name = "product_sku_idx") from the table's indexes); product_sku_uk keeps serving the same lookups
        @Index(name = "product_sku_idx", columnList = "sku"),
        // The primary key is never the one to remove.
        // EXPECT: DuplicateIndex: product_id_idx duplicates product_pkey. Remove product_id_idx (delete the @Index(name = "product_id_idx") from the table's indexes)
        @Index(name = "product_id_idx", columnList = "id"),
        @Index(name = "product_owner_idx", columnList = "owner_id"),
        // Three identical indexes: two findings, both against the first declared.
        @Index(name = "product_name_idx2", columnList = "name"),
        // EXPECT: DuplicateIndex: product_name_idx duplicates product_name_idx2. Remove product_name_idx (delete the @Index(name = "product_name_idx") from the table's indexes)
        @Index(name = "product_name_idx", columnList = "name"),
        // EXPECT: DuplicateIndex: product_name_idx3 duplicates product_name_idx2.
        @Index(name = "product_name_idx3", columnList = "name"),
        // Good: another column order is another index.
        @Index(name = "product_color_size_idx", columnList = "color, size"),
        @Index(name = "product_size_color_idx", columnList = "size, color")})
public class Product {
  @Id Long id;
  String sku;
  String name;
  String color;
  String size;

  // unique = true next to the named constraint on the same column.
  // EXPECT: DuplicateIndex: the unnamed unique constraint on (code) duplicates product_code_uk. Remove the unnamed unique constraint on (code) (drop unique = true from the @Column on Product.code)
  @Column(unique = true)
  String code;

  // The decision creates an index of its own on owner_id, which product_owner_idx already is.
  @ManyToOne(optional = false)
  // EXPECT: DuplicateIndex: product_owner_fk_idx duplicates product_owner_idx. Remove product_owner_fk_idx (replace @IndexedBy("product_owner_fk_idx") on Product.owner with @IndexedBy("product_owner_idx"))
  @IndexedBy("product_owner_fk_idx")
  AppUser owner;

  // A join table's primary key (product_id, tag_id) and an index on the same columns.
  @ManyToMany
  @JoinTable(name = "product_tag",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"),
      indexes = {
          @Index(name = "product_tag_tag_id_idx", columnList = "tag_id"),
          // EXPECT: DuplicateIndex: Table product_tag has two indexes on (product_id, tag_id): product_tag_product_tag_idx duplicates product_tag_pkey
          @Index(name = "product_tag_product_tag_idx", columnList = "product_id, tag_id")})
  Set<Tag> tags;

  // Good: a partial index and a full index on the same column are different indexes.
  @ManyToOne
  @PartialIndex(name = "product_reviewer_part_idx")
  AppUser reviewer;
}
