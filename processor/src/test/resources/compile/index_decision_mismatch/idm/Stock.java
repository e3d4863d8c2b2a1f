package idm;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** @MapsId: product_id leads the primary key (product_id, warehouse), which already serves it. */
@Entity
public class Stock {
  @EmbeddedId StockId id;

  @MapsId("product")
  @ManyToOne
  // EXPECT: IndexDecisionMismatch: @IndexedBy("stock_pkey") on Stock.product does not fit foreign key stock (product_id) -> product: stock_pkey is the primary key, not an index. Remove it: primary key stock_pkey already covers (product_id), so the foreign key needs no decision.
  @IndexedBy("stock_pkey")
  Product product;

  int quantity;
}
