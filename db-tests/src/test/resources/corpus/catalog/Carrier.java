package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A dozen shipping carriers, loaded by a migration and never deleted. */
@Entity
@Table(name = "carrier", uniqueConstraints = @UniqueConstraint(name = "carrier_code_key", columnNames = "code"))
public class Carrier {
  @Id
  Short id;

  @Column(name = "code", nullable = false, length = 16)
  String code;

  @Column(name = "name", nullable = false, length = 100)
  String name;
}
