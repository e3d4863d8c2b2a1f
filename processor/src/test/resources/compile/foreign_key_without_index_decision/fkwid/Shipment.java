package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shipment extends Audited {
  @Id Long id;
}
