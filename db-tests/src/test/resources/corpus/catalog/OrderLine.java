package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * @EmbeddedId + @MapsId: purchase_order_id leads the primary key (purchase_order_id,
 * sequence_number), so that FK needs no decision.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {
  @EmbeddedId
  OrderLineId id;

  @MapsId("purchaseOrder")
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "purchase_order_id")
  PurchaseOrder purchaseOrder;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id")
  @IndexedBy("order_line_product_idx")
  Product product;

  @Column(name = "quantity", nullable = false)
  int quantity;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "unit_price", nullable = false, precision = 19, scale = 4))
  @AssociationOverride(name = "currency", joinColumns = @JoinColumn(name = "unit_price_currency_code", nullable = false))
  Money unitPrice;

  @Column(name = "discount_rate", precision = 5, scale = 4)
  BigDecimal discountRate;
}
