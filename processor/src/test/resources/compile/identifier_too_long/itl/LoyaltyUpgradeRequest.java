package itl;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "loyalty_upgrade_request_history_entry_for_quarterly_review")
public class LoyaltyUpgradeRequest extends Audited {
  @Id Long id;
}
