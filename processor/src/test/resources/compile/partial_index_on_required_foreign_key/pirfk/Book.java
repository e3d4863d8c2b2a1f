package pirfk;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** Good: a SINGLE_TABLE subclass column is NULL in the other subclasses' rows. */
@Entity
public class Book extends Item {
  @ManyToOne(optional = false)
  @PartialIndex(name = "item_publisher_idx")
  AppUser publisher;
}
