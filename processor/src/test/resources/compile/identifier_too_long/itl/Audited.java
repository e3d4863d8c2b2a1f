package itl;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** {table} can make a decision's index name too long for one entity only. */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  // EXPECT: IdentifierTooLong: Index name of the decision on loyalty_upgrade_request_history_entry_for_quarterly_review "loyalty_upgrade_request_history_entry_for_quarterly_review_created_by_idx" is 73 bytes long
  @IndexedBy("{table}_created_by_idx")
  AppUser createdBy;
}
