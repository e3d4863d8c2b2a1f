package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** An amount and its currency: a required foreign key inside an embeddable. */
@Embeddable
public class Money {
  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  BigDecimal amount;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "currency_code", nullable = false)
  @IndexedBy("{table}_{columns}_idx")
  Currency currency;
}
