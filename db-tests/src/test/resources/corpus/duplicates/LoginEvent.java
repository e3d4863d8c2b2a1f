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
import java.time.Instant;

/**
 * DELIBERATE: two @Index on the same column (occurred_at) under different names; the first
 * declared (login_event_occurred_at_idx) stays, login_event_time_idx is the duplicate.
 */
@Entity
@Table(name = "login_event", indexes = {
    @Index(name = "login_event_occurred_at_idx", columnList = "occurred_at"),
    @Index(name = "login_event_time_idx", columnList = "occurred_at")})
public class LoginEvent {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  @IndexedBy("login_event_account_idx")
  Account account;

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;

  @Column(name = "ip_address", length = 45)
  String ipAddress;
}
