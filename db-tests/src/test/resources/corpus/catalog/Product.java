package corpus.catalog;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A UUID id with @GeneratedValue (generated in Java, no sequence), a seller FK covered by the
 * unique constraint (seller_id, sku), an ORDINAL enum, columnDefinition = "text", an embedded
 * Money with overrides, a @ManyToMany Set with an explicit @JoinTable (primary key + @Index),
 * a basic Set and a basic List element collection, @Transient.
 */
@Entity
@Table(name = "product",
    uniqueConstraints = @UniqueConstraint(name = "product_seller_sku_key", columnNames = {"seller_id", "sku"}),
    indexes = @Index(name = "product_released_on_idx", columnList = "released_on"))
public class Product extends AuditedEntity {
  @Id
  @GeneratedValue
  UUID id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "seller_id")
  @CoveredByUnique("product_seller_sku_key")
  Organization seller;

  @Column(name = "sku", nullable = false, length = 64)
  String sku;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  @IndexedBy(value = "product_category_idx", reason = "category pages list products by category")
  Category category;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @Column(name = "description", columnDefinition = "text")
  String description;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "price", nullable = false, precision = 19, scale = 4))
  @AssociationOverride(name = "currency", joinColumns = @JoinColumn(name = "price_currency_code", nullable = false))
  Money price;

  @Column(name = "product_condition", nullable = false)
  ProductCondition condition;

  @Column(name = "active", nullable = false)
  boolean active;

  @Column(name = "released_on")
  LocalDate releasedOn;

  @Column(name = "weight_grams")
  Integer weightGrams;

  @Transient
  String displayLabel;

  @ManyToMany
  @JoinTable(name = "product_tag",
      joinColumns = @JoinColumn(name = "product_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"),
      indexes = @Index(name = "product_tag_tag_id_idx", columnList = "tag_id"))
  Set<Tag> tags = new HashSet<>();

  /** A basic Set with the default collection table: its primary key covers the FK. */
  @ElementCollection
  @OnDelete(action = OnDeleteAction.CASCADE)
  @CollectionTable(name = "product_keyword", joinColumns = @JoinColumn(name = "product_id"))
  @Column(name = "keyword", nullable = false, length = 60)
  Set<String> keywords = new HashSet<>();

  /** A basic List (a bag, no primary key): the @Index covers the FK. */
  @ElementCollection
  @CollectionTable(name = "product_image_url", joinColumns = @JoinColumn(name = "product_id"),
      indexes = @Index(name = "product_image_url_product_id_idx", columnList = "product_id"))
  @Column(name = "url", nullable = false, length = 2048)
  List<String> imageUrls = new ArrayList<>();

  @OneToMany(mappedBy = "product")
  List<Review> reviews = new ArrayList<>();
}
