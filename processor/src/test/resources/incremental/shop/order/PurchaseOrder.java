package shop.order;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import shop.catalog.Account;

@Entity
public class PurchaseOrder {
  @Id Long id;

  @ManyToOne(optional = false)
  @IndexedBy("purchase_order_buyer_idx")
  Account buyer;

  @Embedded Address shipTo;
}
