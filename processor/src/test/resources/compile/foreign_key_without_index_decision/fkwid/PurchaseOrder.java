package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.List;

/** Unidirectional @OneToMany with @JoinColumn: the key lives in the child's table. */
@Entity
public class PurchaseOrder {
  @Id Long id;

  // Good: order_line declares an index on order_id.
  @OneToMany
  @JoinColumn(name = "order_id")
  List<OrderLine> lines;

  @OneToMany
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key order_note (purchase_order_id) -> purchase_order is not covered by any index (no full index of order_note starts with (purchase_order_id)), so each delete from purchase_order scans order_note. Add indexes = @Index(name = "order_note_purchase_order_id_idx", columnList = "purchase_order_id") to the @Table of OrderNote
  @JoinColumn(name = "purchase_order_id")
  List<OrderNote> notes;
}
