package shop;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * {@code @Id} on an {@code @Embeddable} type, without {@code @EmbeddedId}: Hibernate maps it as an
 * embedded id (key columns ordered by attribute name), and FKs to it are composite.
 */
@Entity
public class Bin {
  @Id BinKey key;

  int capacity;

  @ManyToOne
  @IndexedBy("bin_overflow_idx")
  Bin overflow;
}
