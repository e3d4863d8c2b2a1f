package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Owned<Organization>, a GenerationType.UUID id, a unique secret hash. */
@Entity
@Table(name = "api_key", uniqueConstraints = @UniqueConstraint(name = "api_key_secret_hash_key", columnNames = "secret_hash"))
public class ApiKey extends Owned<Organization> {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  UUID id;

  @Column(name = "label", nullable = false, length = 80)
  String label;

  @Column(name = "secret_hash", nullable = false, length = 64)
  String secretHash;

  @Column
  OffsetDateTime expiresAt;

  Instant lastUsedAt;

  @Column(name = "revoked", nullable = false)
  boolean revoked;
}
