package found;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** Two foreign keys on parcel (ref_id) used to give two constraints of one name. */
@Entity
public class ExpressParcel extends Parcel {
  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex
  @IndexedBy("{table}_{columns}_idx")
  // EXPECT: MappingError: table parcel has two foreign keys on (ref_id)
  TwinB ref;
}
