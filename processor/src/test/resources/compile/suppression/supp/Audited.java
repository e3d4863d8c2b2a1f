package supp;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Audited {
  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key receipt (deleted_by_id) -> app_user on Audited.deletedBy
  AppUser deletedBy;
}
