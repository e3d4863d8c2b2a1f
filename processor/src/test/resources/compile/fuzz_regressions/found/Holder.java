package found;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Shapes the fuzz test (db-tests ProcessorFuzzTest) found fkguard crashing on or accepting. */
@Entity
public class Holder {
  @Id Long id;

  // An embeddable that embeds itself used to overflow the stack (an InternalError).
  @Embedded
  LoopPlace place;

  // An entity embedding itself, the same cycle one step shorter.
  @Embedded
  // EXPECT: MappingError: copy embeds found.Holder inside itself
  Holder copy;

  // An unknown referencedColumnName used to fall back to the key column by position, and the
  // DDL referenced a column "nope" that the target does not have.
  @ManyToOne
  @JoinColumn(name = "other_id", referencedColumnName = "nope")
  @NotIndexed(reason = "regression")
  // EXPECT: MappingError: references nope, which is not a primary-key column
  Holder other;

  // varchar(-1) used to reach the DDL.
  // EXPECT: MappingError: @Column(length = -1) is not a length
  @Column(length = -1)
  String name;

  // EXPECT: MappingError: is not a numeric size
  @Column(precision = 2, scale = 5)
  java.math.BigDecimal amount;
}
