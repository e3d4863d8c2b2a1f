package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The child of Shipment's unidirectional @OneToMany: its FK shipment_id needs this @Index. */
@Entity
@Table(name = "parcel", indexes = @Index(name = "parcel_shipment_id_idx", columnList = "shipment_id"))
public class Parcel {
  @Id
  @GeneratedValue
  Long id;

  @Column(name = "weight_grams", nullable = false)
  int weightGrams;

  @Column(name = "label", length = 40)
  String label;
}
