package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus's only @NotIndexed foreign key (carrier_id), and a unidirectional @OneToMany with
 * @JoinColumn: the FK parcel(shipment_id) lands in Parcel's table, covered by its @Index.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends AuditedEntity {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "purchase_order_id")
  @IndexedBy("shipment_purchase_order_idx")
  PurchaseOrder purchaseOrder;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "carrier_id")
  @NotIndexed(reason = "a dozen carriers, loaded by a migration and never deleted: the check never runs")
  Carrier carrier;

  @Column(name = "tracking_number", length = 64)
  String trackingNumber;

  @Column(name = "shipped_at")
  OffsetDateTime shippedAt;

  @Column(name = "delivered_on")
  LocalDate deliveredOn;

  @OneToMany
  @JoinColumn(name = "shipment_id", nullable = false)
  List<Parcel> parcels = new ArrayList<>();
}
