package corpus.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;

/** Hibernate's soft delete, default strategy: a deleted flag. */
@Entity
@SoftDelete
public class Comment {
  @Id
  @GeneratedValue
  Long id;

  String text;
}
