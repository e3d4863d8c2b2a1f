package corpus.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** Soft delete with an active flag under its own name. */
@Entity
@SoftDelete(strategy = SoftDeleteType.ACTIVE, columnName = "isLive")
public class Tag {
  @Id
  Long id;
}
