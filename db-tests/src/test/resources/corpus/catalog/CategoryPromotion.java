package corpus.catalog;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A SINGLE_TABLE subclass FK: nullable in promotion (other subclasses leave it NULL), so partial. */
@Entity
public class CategoryPromotion extends Promotion {
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  @PartialIndex(name = "promotion_category_idx", reason = "only category promotions set it")
  Category category;

  @Column(name = "percent_off", precision = 5, scale = 2)
  BigDecimal percentOff;
}
