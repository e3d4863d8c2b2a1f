package corpus.duplicates;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * DELIBERATE:
 * <ul>
 *   <li>an exact duplicate: @IndexedBy("ticket_reporter_idx") makes fkguard create an index on
 *       (reporter_id), and the declared @Index ticket_reporter_id_idx covers the same column under
 *       another name;</li>
 *   <li>a prefix-redundant index: ticket_status_idx (status) is a leading prefix of
 *       ticket_status_priority_idx (status, priority).</li>
 * </ul>
 */
@Entity
@Table(name = "ticket", indexes = {
    @Index(name = "ticket_reporter_id_idx", columnList = "reporter_id"),
    @Index(name = "ticket_status_idx", columnList = "status"),
    @Index(name = "ticket_status_priority_idx", columnList = "status, priority")})
public class Ticket {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reporter_id")
  @IndexedBy("ticket_reporter_idx")
  Account reporter;

  @Column(name = "title", nullable = false, length = 200)
  String title;

  @Column(name = "status", nullable = false, length = 16)
  String status;

  @Column(name = "priority", nullable = false)
  int priority;
}
