package itltable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Only the table name is too long. PostgreSQL names the primary key by shortening the table part
 * (makeObjectName keeps the "_pkey" suffix), so the primary-key index does not collide with the
 * truncated table name.
 */
@Entity
// EXPECT: IdentifierTooLong: Table name "loyalty_programme_membership_tier_upgrade_request_history_entries" is 65 bytes long in UTF-8; PostgreSQL keeps only 63 bytes and silently truncates it to "loyalty_programme_membership_tier_upgrade_request_history_entri"
@Table(name = "loyalty_programme_membership_tier_upgrade_request_history_entries")
public class LoyaltyTierChange {
  @Id Long id;
}
