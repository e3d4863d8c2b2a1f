package corpus.duplicates;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * DELIBERATE: the FK ticket_comment(ticket_id) -> ticket has NO decision and NO covering index
 * (fkguard: ForeignKeyWithoutIndexDecision; pg-index-health: FOREIGN_KEYS_WITHOUT_INDEX).
 */
@Entity
@Table(name = "ticket_comment")
public class TicketComment {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "ticket_id")
  Ticket ticket;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  @IndexedBy("ticket_comment_author_idx")
  Account author;

  @Column(name = "body", nullable = false, columnDefinition = "text")
  String body;
}
