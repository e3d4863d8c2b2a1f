package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Hibernate orders the key by attribute name: (purchase_order_id, sequence_number). */
@Embeddable
public class OrderLineId implements Serializable {
  Long purchaseOrder;

  @Column(name = "sequence_number")
  int sequenceNumber;

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderLineId other && Objects.equals(purchaseOrder, other.purchaseOrder)
        && sequenceNumber == other.sequenceNumber;
  }

  @Override
  public int hashCode() {
    return Objects.hash(purchaseOrder, sequenceNumber);
  }
}
