package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** An element of PurchaseOrder.statusHistory (an @ElementCollection of an embeddable). */
@Embeddable
public class StatusChange {
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  OrderStatus status;

  @Column(name = "changed_at", nullable = false)
  Instant changedAt;

  @Column(name = "note", length = 500)
  String note;
}
