package nfkfi;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** {columns} names one index per embedding. */
@Embeddable
public class Address {
  String street;

  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("warehouse_region_id_idx") on Address.region gives the nullable foreign key warehouse (region_id) -> region a full index
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("warehouse_ship_region_id_idx") on Address.region gives the nullable foreign key warehouse (ship_region_id) -> region a full index
  @IndexedBy("{table}_{columns}_idx")
  Region region;
}
