package corpus.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** Soft delete by timestamp. */
@Entity
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP)
public class Attachment {
  @Id
  Long id;
}
