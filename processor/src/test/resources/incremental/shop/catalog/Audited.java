package shop.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Audit columns for every subclass: one decision, one index per table. */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  @IndexedBy("{table}_created_by_idx")
  Account createdBy;

  java.time.Instant createdAt;
}
