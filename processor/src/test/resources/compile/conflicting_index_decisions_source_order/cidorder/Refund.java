package cidorder;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Written in the other order: the finding still goes on the second annotation as written. */
@Entity
public class Refund {
  @Id Long id;

  @ManyToOne(optional = false)
  @NotIndexed(reason = "refunds are rare")
  // EXPECT: ConflictingIndexDecisions: has 2 index decisions
  @IndexedBy("refund_invoice_idx")
  Invoice invoice;
}
