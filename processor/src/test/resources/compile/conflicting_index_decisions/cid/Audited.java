package cid;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** One conflicting attribute in a mapped superclass: one finding per entity, on the same line. */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne
  @IndexedBy("{table}_deleted_by_idx")
  // EXPECT: ConflictingIndexDecisions: for foreign key invoice (deleted_by_id) -> app_user
  // EXPECT: ConflictingIndexDecisions: for foreign key receipt (deleted_by_id) -> app_user
  @PartialIndex(name = "{table}_deleted_by_part_idx")
  AppUser deletedBy;
}
