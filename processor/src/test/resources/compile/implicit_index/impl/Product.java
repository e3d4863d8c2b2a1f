package impl;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Set;

@Entity
@Table(
    indexes = {
        // EXPECT: ImplicitIndex: An @Index without a name on Product creates an index on product (name) whose name nobody chose
        // EXPECT: ImplicitIndex: write @Table(indexes = @Index(name = "product_name_idx", columnList = "name"))
        @Index(columnList = "name"),
        @Index(name = "product_description_idx", columnList = "description")},
    // EXPECT: ImplicitIndex: A @UniqueConstraint without a name on Product creates a unique index on product (code, variant)
    // EXPECT: ImplicitIndex: write @Table(uniqueConstraints = @UniqueConstraint(name = "product_code_variant_key", columnNames = {"code", "variant"}))
    uniqueConstraints = @UniqueConstraint(columnNames = {"code", "variant"}))
public class Product {
  @Id Long id;
  String name;
  String description;
  String code;
  String variant;

  // EXPECT: ImplicitIndex: @Column(unique = true) on Product.sku creates a unique index on product (sku) whose name nobody chose: Hibernate either leaves the unique key unnamed, so PostgreSQL calls it product_sku_key
  // EXPECT: ImplicitIndex: drop unique = true from the @Column and write @Table(uniqueConstraints = @UniqueConstraint(name = "product_sku_key", columnNames = {"sku"}))
  @Column(unique = true)
  String sku;

  @Column(nullable = false,
      // EXPECT: ImplicitIndex: @Column(unique = true) on Product.gtin
      unique = true)
  String gtin;

  // The owning @OneToOne: Hibernate's own unnamed unique key.
  @NotIndexed(reason = "served by the unique key")
  // EXPECT: ImplicitIndex: The owning @OneToOne on Product.manager (Hibernate adds an unnamed unique key) creates a unique index on product (manager_id)
  // EXPECT: ImplicitIndex: write @Table(uniqueConstraints = @UniqueConstraint(name = "product_manager_id_key", columnNames = {"manager_id"}))
  @OneToOne
  AppUser manager;

  @OneToOne
  // EXPECT: ImplicitIndex: @JoinColumn(unique = true) on Product.buyer creates a unique index on product (buyer_id)
  @JoinColumn(name = "buyer_id", unique = true)
  @NotIndexed(reason = "served by the unique key")
  AppUser buyer;

  // An unnamed index in a @JoinTable.
  @ManyToMany
  @JoinTable(name = "product_tag",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"),
      // EXPECT: ImplicitIndex: write @JoinTable(indexes = @Index(name = "product_tag_tag_id_idx", columnList = "tag_id"))
      indexes = @Index(columnList = "tag_id"))
  Set<Tag> tags;

  // An unnamed unique constraint in a @CollectionTable.
  @ElementCollection
  @CollectionTable(name = "product_alias",
      joinColumns = @JoinColumn(name = "product_id"),
      // EXPECT: ImplicitIndex: write @CollectionTable(uniqueConstraints = @UniqueConstraint(name = "product_alias_alias_key", columnNames = {"alias"}))
      uniqueConstraints = @UniqueConstraint(columnNames = "alias"))
  @Column(name = "alias", nullable = false)
  Set<String> aliases;
}
