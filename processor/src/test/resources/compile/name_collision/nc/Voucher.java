package nc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Suppressed. */
@Entity
@SuppressWarnings("fkguard:NameCollision")
@Table(indexes = @Index(name = "receipt", columnList = "code"))
public class Voucher {
  @Id Long id;
  String code;
}
