package corpus.duplicates;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * DELIBERATE: the FK watcher(ticket_id) -> ticket has NO decision, but IS covered by the unique
 * constraint watcher_ticket_account_key (ticket_id, account_id): fkguard still asks for a
 * decision (it proposes @CoveredByUnique), pg-index-health sees an index and is content.
 */
@Entity
@Table(name = "watcher", uniqueConstraints = @UniqueConstraint(name = "watcher_ticket_account_key",
    columnNames = {"ticket_id", "account_id"}))
public class Watcher {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id")
  Ticket ticket;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  @IndexedBy("watcher_account_idx")
  Account account;
}
