package io.fkguard.multimodule.orders;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderLine {
  @Id Long id;

  @ManyToOne(optional = false)
  @IndexedBy("order_line_order_idx")
  PurchaseOrder order;

  int quantity;
}
