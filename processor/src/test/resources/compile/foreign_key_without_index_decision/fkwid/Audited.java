package fkwid;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** One attribute, one foreign key per entity: the advice names each entity's own table. */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  @IndexedBy("{table}_created_by_idx")
  AppUser createdBy;

  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key invoice (approved_by_id) -> app_user on Audited.approvedBy has no index decision: it is not covered by any index
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key shipment (approved_by_id) -> app_user on Audited.approvedBy has no index decision: it is not covered by any index
  AppUser approvedBy;
}
