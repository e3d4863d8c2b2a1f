package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "currency")
public class Currency {
  @Id
  @Column(name = "code", length = 3)
  String code;

  @Column(name = "minor_units", nullable = false)
  short minorUnits;
}
