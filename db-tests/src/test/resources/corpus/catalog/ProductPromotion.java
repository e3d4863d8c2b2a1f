package corpus.catalog;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A second SINGLE_TABLE subclass with its own nullable FK into promotion. */
@Entity
public class ProductPromotion extends Promotion {
  @ManyToOne(fetch = FetchType.LAZY)
  @PartialIndex(name = "promotion_product_idx")
  Product product;

  @Column(precision = 12, scale = 2)
  BigDecimal amountOff;
}
