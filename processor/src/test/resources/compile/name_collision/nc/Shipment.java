package nc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Two names that differ only after byte 63 are one name to PostgreSQL. */
@Entity
@Table(indexes = {
    @Index(name = "shipment_tracking_number_carrier_reference_customer_region_idx_a", columnList = "tracking_number"),
    // EXPECT: NameCollision: PostgreSQL folds unquoted names to lower case and keeps only their first 63 bytes, so both are "shipment_tracking_number_carrier_reference_customer_region_idx_" and the second CREATE fails. Rename "shipment_tracking_number_carrier_reference_customer_region_idx_b" to e.g. "shipment_region_idx"
    @Index(name = "shipment_tracking_number_carrier_reference_customer_region_idx_b", columnList = "region")})
public class Shipment {
  @Id Long id;
  String trackingNumber;
  String region;
}
