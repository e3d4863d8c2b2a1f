package nc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = {
    @Index(name = "invoice_number_idx", columnList = "number"),
    @Index(name = "invoice_customer_idx", columnList = "customer_id")})
public class Invoice extends Audited {
  @Id Long id;
  String number;

  @jakarta.persistence.ManyToOne(optional = false)
  @io.fkguard.annotations.IndexedBy("invoice_customer_idx")
  AppUser customer;
}
