package io.fkguard.multimodule.orders;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.multimodule.base.Audited;
import io.fkguard.multimodule.base.Customer;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Its customer and its audit columns (inherited from the base module) reference base tables. */
@Entity
public class PurchaseOrder extends Audited {
  @Id Long id;

  @ManyToOne(optional = false)
  @IndexedBy("purchase_order_customer_idx")
  Customer customer;
}
