package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Owned<Organization>: owner_id -> organization(id), indexed as warehouse_owner_idx. */
@Entity
@Table(name = "warehouse")
public class Warehouse extends Owned<Organization> {
  @Id
  @GeneratedValue
  Long id;

  @Column(name = "name", nullable = false, length = 100)
  String name;

  @Embedded
  PostalAddress location;
}
