package idm;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** {table} expands per entity: Contract declares contract_owner_uk, Quote has no such constraint. */
@MappedSuperclass
public abstract class Owned {
  @ManyToOne(optional = false)
  // EXPECT: IndexDecisionMismatch: @CoveredByUnique("quote_owner_uk") on Owned.owner does not fit foreign key quote (owner_id) -> app_user: quote has no unique constraint named quote_owner_uk. No unique constraint of quote starts with (owner_id): write @IndexedBy("{table}_{columns}_idx") instead.
  @CoveredByUnique("{table}_owner_uk")
  AppUser owner;

  String number;
}
