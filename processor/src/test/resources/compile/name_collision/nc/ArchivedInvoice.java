package nc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Good: another schema is another namespace. */
@Entity
@Table(name = "invoice", schema = "archive",
    indexes = @Index(name = "invoice_number_idx", columnList = "number"))
public class ArchivedInvoice {
  @Id Long id;
  String number;
}
