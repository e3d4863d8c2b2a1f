package app;

import gen.Generated;
import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** References an entity that another processor generates in the first round. */
@Entity
public class Ref {
  @Id Long id;

  @ManyToOne(optional = false)
  @IndexedBy("ref_target_idx")
  Generated target;

  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: @PartialIndex(name = "ref_other_id_idx")
  Generated other;
}
