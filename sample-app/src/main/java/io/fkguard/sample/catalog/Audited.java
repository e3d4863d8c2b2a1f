package io.fkguard.sample.catalog;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * The seed's audit fields, written once. {@code {table}} gives every entity that extends this
 * class its own index names.
 */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  @IndexedBy(value = "{table}_created_by_idx",
      reason = "deleting a user checks ON DELETE RESTRICT against this column")
  AppUser createdBy;

  @ManyToOne
  @PartialIndex(name = "{table}_last_edited_by_part_idx",
      reason = "almost every row is NULL: a partial index is a fraction of the size")
  AppUser lastEditedBy;

  public AppUser getCreatedBy() {
    return createdBy;
  }

  public AppUser getLastEditedBy() {
    return lastEditedBy;
  }
}
