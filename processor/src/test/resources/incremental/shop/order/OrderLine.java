package shop.order;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import shop.catalog.Product;

@Entity
public class OrderLine {
  @Id Long id;

  @ManyToOne(optional = false)
  @IndexedBy("order_line_order_idx")
  PurchaseOrder order;

  @ManyToOne(optional = false)
  @NotIndexed(reason = "products are archived, never deleted")
  Product product;

  int quantity;
}
