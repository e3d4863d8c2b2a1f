package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AssociationOverrides;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * "order" is reserved: purchase_order. IDENTITY id, PostalAddress embedded twice with
 * @AttributeOverrides/@AssociationOverrides, an @ElementCollection of an embeddable in a
 * @CollectionTable with an index, the inverse side of Invoice's @OneToOne.
 */
@Entity
@Table(name = "purchase_order",
    uniqueConstraints = @UniqueConstraint(name = "purchase_order_number_key", columnNames = "order_number"),
    indexes = @Index(name = "purchase_order_status_placed_at_idx", columnList = "status, placed_at"))
public class PurchaseOrder extends AuditedEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "order_number", nullable = false, length = 20)
  String orderNumber;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "buyer_id")
  @IndexedBy(value = "purchase_order_buyer_idx", reason = "order history per buyer")
  AppUser buyer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "coupon_code")
  @PartialIndex(name = "purchase_order_coupon_idx", where = "coupon_code IS NOT NULL",
      reason = "few orders use a coupon")
  Coupon coupon;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  OrderStatus status;

  @Column(name = "placed_at")
  OffsetDateTime placedAt;

  @Column(name = "total", nullable = false, precision = 14, scale = 2)
  BigDecimal total;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
      @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100)),
      @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 16))})
  @AssociationOverrides(
      @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "billing_country_code")))
  PostalAddress billingAddress;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 200)),
      @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100)),
      @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 16))})
  @AssociationOverrides(
      @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "shipping_country_code")))
  PostalAddress shippingAddress;

  @ElementCollection
  @CollectionTable(name = "purchase_order_status_change",
      joinColumns = @JoinColumn(name = "purchase_order_id"),
      indexes = @Index(name = "purchase_order_status_change_order_idx", columnList = "purchase_order_id, changed_at"))
  List<StatusChange> statusHistory = new ArrayList<>();

  @OneToOne(mappedBy = "purchaseOrder", fetch = FetchType.LAZY)
  Invoice invoice;
}
