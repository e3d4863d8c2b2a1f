package found;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** Two foreign keys on parcel (ref_id) used to give two constraints of one name. */
@Entity
public class ExpressParcel extends Parcel {
  @ManyToOne
  // No NullableForeignKeyFullIndex: once the table has a MappingError no rule speaks of it.
  @IndexedBy("{table}_{columns}_idx")
  // EXPECT: MappingError: table parcel has two foreign keys on (ref_id)
  TwinB ref;
}
