package nc;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** The same literal index name for every entity: the second table's index collides. */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  // EXPECT: NameCollision: "audit_created_by_idx" (index of the decision on Audited.createdBy of table receipt) has the same name as "audit_created_by_idx" (index of the decision on Audited.createdBy of table invoice)
  // EXPECT: NameCollision: Rename "audit_created_by_idx" to e.g. "receipt_created_by_id_idx"
  @IndexedBy("audit_created_by_idx")
  AppUser createdBy;
}
