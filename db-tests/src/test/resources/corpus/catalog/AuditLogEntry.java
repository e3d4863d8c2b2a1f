package corpus.catalog;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A table in another schema: audit.audit_log_entry, its indexes live in schema audit. */
@Entity
@Table(name = "audit_log_entry", schema = "audit",
    indexes = @Index(name = "audit_log_entry_occurred_at_idx", columnList = "occurred_at"))
public class AuditLogEntry {
  public enum Action { CREATE, UPDATE, DELETE, LOGIN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @PartialIndex(name = "audit_log_entry_actor_idx", reason = "system jobs write most entries, without an actor")
  AppUser actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 10)
  Action action;

  @Column(nullable = false, length = 100)
  String entityType;

  @Column(length = 64)
  String entityId;

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;

  @Column(name = "payload", columnDefinition = "text")
  String payload;
}
