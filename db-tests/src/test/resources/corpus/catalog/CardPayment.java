package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** JOINED subclass with a renamed primary-key join column: card_payment(payment_id) -> payment(id). */
@Entity
@OnDelete(action = OnDeleteAction.CASCADE)
@Table(name = "card_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {
  @Column(name = "last_digits", nullable = false, length = 4)
  String lastDigits;

  @Column(name = "card_brand", nullable = false, length = 20)
  String cardBrand;
}
