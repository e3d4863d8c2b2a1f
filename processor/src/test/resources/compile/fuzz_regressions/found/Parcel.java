package found;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** SINGLE_TABLE root whose subclass maps the column ref_id again. */
@Entity
public class Parcel {
  @Id Long id;

  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex
  @IndexedBy("{table}_{columns}_idx")
  TwinA ref;
}
