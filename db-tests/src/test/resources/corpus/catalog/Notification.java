package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * TABLE_PER_CLASS with an abstract root: no notification table; email_notification and
 * sms_notification each repeat these columns, the FK and ({table}) its index. The default
 * @GeneratedValue uses one sequence Notification_SEQ for the hierarchy.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Notification {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_id")
  @IndexedBy("{table}_recipient_idx")
  AppUser recipient;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  Instant readAt;
}
