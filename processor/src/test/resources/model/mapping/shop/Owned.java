package shop;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A generic mapped superclass: the owner's type comes from the subclass. */
@MappedSuperclass
public abstract class Owned<O> {
  @ManyToOne(optional = false)
  @IndexedBy("{table}_owner_idx")
  O owner;

  @Version long version;
}
