package corpus.catalog;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of InventoryLevel: (product_id, warehouse_id) by attribute name. */
@Embeddable
public class InventoryLevelId implements Serializable {
  UUID product;
  Long warehouse;

  @Override
  public boolean equals(Object o) {
    return o instanceof InventoryLevelId other && Objects.equals(product, other.product)
        && Objects.equals(warehouse, other.warehouse);
  }

  @Override
  public int hashCode() {
    return Objects.hash(product, warehouse);
  }
}
