package corpus.catalog;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * The owning side of a @OneToOne. The named unique constraint on purchase_order_id replaces the
 * unnamed unique key Hibernate would add, and covers the FK.
 */
@Entity
@Table(name = "invoice", uniqueConstraints = {
    @UniqueConstraint(name = "invoice_purchase_order_key", columnNames = "purchase_order_id"),
    @UniqueConstraint(name = "invoice_number_key", columnNames = "invoice_number")})
public class Invoice {
  @Id
  @GeneratedValue
  Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "purchase_order_id")
  @CoveredByUnique("invoice_purchase_order_key")
  PurchaseOrder purchaseOrder;

  @Column(name = "invoice_number", nullable = false, length = 32)
  String invoiceNumber;

  @Column(name = "issued_on", nullable = false)
  LocalDate issuedOn;

  @Column(name = "due_on")
  LocalDate dueOn;

  @Lob
  @Column(name = "pdf")
  byte[] pdf;
}
