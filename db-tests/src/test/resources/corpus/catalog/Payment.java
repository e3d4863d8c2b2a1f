package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JOINED root: card_payment and bank_transfer_payment reference payment(id) with their PK. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "payment")
public abstract class Payment {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "purchase_order_id")
  @IndexedBy("payment_purchase_order_idx")
  PurchaseOrder purchaseOrder;

  @Embedded
  Money amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  PaymentStatus status;

  @Column(name = "captured_at")
  OffsetDateTime capturedAt;
}
