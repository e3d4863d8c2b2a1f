package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** Subclass columns live in item and must accept NULL for other subclasses' rows. */
@Entity
public class Book extends Item {
  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key item (publisher_id) -> brand on Book.publisher has no index decision: it is not covered by any index (no full index of item starts with (publisher_id)), so each delete from brand scans item. Write @PartialIndex(name = "item_publisher_id_idx")
  Brand publisher;
}
