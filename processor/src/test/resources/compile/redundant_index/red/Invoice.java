package red;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Suppressed on the class. */
@Entity
@SuppressWarnings("fkguard:RedundantIndex")
@Table(indexes = {
    @Index(name = "invoice_number_idx", columnList = "number"),
    @Index(name = "invoice_number_date_idx", columnList = "number, issued_on")})
public class Invoice {
  @Id Long id;
  String number;
  java.time.LocalDate issuedOn;
}
