package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Audit columns shared by several entities. The decisions are written once, with {table} in the
 * index names, so every entity gets its own {table}_created_by_idx / {table}_updated_by_idx.
 */
@MappedSuperclass
public abstract class AuditedEntity {
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  @IndexedBy(value = "{table}_created_by_idx",
      reason = "deleting a user checks ON DELETE RESTRICT against this column")
  protected AppUser createdBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by_id")
  @PartialIndex(name = "{table}_updated_by_idx",
      reason = "most rows are never edited: the column is mostly NULL")
  protected AppUser updatedBy;

  @Column(name = "created_at", nullable = false)
  protected Instant createdAt;

  @Column(name = "updated_at")
  protected LocalDateTime updatedAt;

  @Version
  @Column(name = "version")
  protected long version;
}
