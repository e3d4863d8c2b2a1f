package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A generic mapped superclass: the owner's entity type comes from each subclass. */
@MappedSuperclass
public abstract class Owned<O> {
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  @IndexedBy(value = "{table}_owner_idx", reason = "every screen lists the owner's rows")
  protected O owner;

  @Version
  @Column(name = "version")
  protected int version;
}
