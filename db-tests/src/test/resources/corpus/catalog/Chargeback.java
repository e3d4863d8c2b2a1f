package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A foreign key to a JOINED subclass, with implicit names: spring chargeback(card_payment_payment_id),
 * jpa chargeback(cardpayment_payment_id) -> card_payment(payment_id).
 */
@Entity
@Table(name = "chargeback")
public class Chargeback {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @IndexedBy("chargeback_card_payment_idx")
  CardPayment cardPayment;

  @Column(nullable = false, length = 8)
  String reasonCode;

  @Column(nullable = false)
  LocalDate openedOn;
}
