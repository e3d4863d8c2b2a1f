package shop;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.*;

/** A composite FK to Shelf, and a composite @EmbeddedId with @MapsId. */
@Entity
public class Stock {
  @EmbeddedId StockId id;

  @MapsId("product")
  @ManyToOne
  @NotIndexed(reason = "leads the primary key")
  Item product;

  @ManyToOne
  @JoinColumns({
      @JoinColumn(name = "shelf_bin", referencedColumnName = "bin"),
      @JoinColumn(name = "shelf_no", referencedColumnName = "shelfId")})
  @IndexedBy("stock_shelf_idx")
  Shelf shelf;
}
