package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** JOINED subclass with the default primary-key join column: bank_transfer_payment(id) -> payment(id). */
@Entity
@Table(name = "bank_transfer_payment")
public class BankTransferPayment extends Payment {
  @Column(name = "iban", nullable = false, length = 34)
  String iban;

  @Column(name = "reference", length = 140)
  String reference;
}
