package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * @IdClass: Hibernate orders the key columns by attribute name, so (warehouseId, code) becomes
 * the primary key (code, warehouse_id). InventoryLevel references it with @JoinColumns.
 */
@Entity
@Table(name = "storage_bin")
@IdClass(StorageBin.Key.class)
public class StorageBin {
  @Id
  @Column(name = "warehouse_id")
  Long warehouseId;

  @Id
  @Column(name = "code", length = 20)
  String code;

  @Column(name = "capacity", nullable = false)
  int capacity;

  public static class Key implements Serializable {
    Long warehouseId;
    String code;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && Objects.equals(warehouseId, other.warehouseId)
          && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(warehouseId, code);
    }
  }
}
