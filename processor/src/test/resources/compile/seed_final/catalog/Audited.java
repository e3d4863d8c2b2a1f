package catalog;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Audit fields written once; {table} gives each entity its own index names. */
@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  @IndexedBy(value = "{table}_created_by_idx", reason = "deleting a user checks PROTECT here")
  User createdBy;

  @ManyToOne
  @PartialIndex(name = "{table}_last_edited_by_part_idx", reason = "99.9% of rows are never edited")
  User lastEditedBy;
}
