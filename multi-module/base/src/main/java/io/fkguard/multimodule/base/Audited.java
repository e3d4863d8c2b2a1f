package io.fkguard.multimodule.base;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * Audit foreign keys with their decisions, written once for entities in other modules: the
 * decisions (CLASS retention) are read from this class file when those modules compile.
 */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  @IndexedBy("{table}_created_by_idx")
  protected Employee createdBy;

  @ManyToOne
  @PartialIndex(name = "{table}_updated_by_idx")
  protected Employee updatedBy;

  protected java.time.Instant createdAt;
}
