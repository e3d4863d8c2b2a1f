package pirfk;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Audited {
  @ManyToOne(optional = false)
  // EXPECT: PartialIndexOnRequiredForeignKey: @PartialIndex(name = "invoice_created_by_part_idx") on Audited.createdBy creates an index WHERE created_by_id IS NOT NULL, but foreign key invoice (created_by_id) -> app_user is NOT NULL
  @PartialIndex(name = "{table}_created_by_part_idx")
  AppUser createdBy;
}
