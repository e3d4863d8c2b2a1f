package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * @EmbeddedId with two @MapsId keys: product_id leads the primary key (no decision needed),
 * warehouse_id is its second column and needs its own index. A composite FK with @JoinColumns
 * (referencedColumnName, in the referenced key's order) to StorageBin.
 */
@Entity
@Table(name = "inventory_level")
public class InventoryLevel {
  @EmbeddedId
  InventoryLevelId id;

  @MapsId("product")
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id")
  Product product;

  @MapsId("warehouse")
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "warehouse_id")
  @IndexedBy("inventory_level_warehouse_idx")
  Warehouse warehouse;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumns({
      @JoinColumn(name = "bin_code", referencedColumnName = "code"),
      @JoinColumn(name = "bin_warehouse_id", referencedColumnName = "warehouse_id")})
  @PartialIndex(name = "inventory_level_bin_idx", reason = "only bulky goods are placed in a bin")
  StorageBin bin;

  @Column(name = "quantity", nullable = false)
  int quantity;

  @Column(name = "reorder_level")
  Integer reorderLevel;

  @Column(name = "counted_at")
  Instant countedAt;
}
