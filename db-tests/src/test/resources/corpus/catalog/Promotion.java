package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** SINGLE_TABLE root: one table promotion with the discriminator dtype; subclass columns are nullable. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@Table(name = "promotion")
public class Promotion {
  @Id
  @GeneratedValue
  Long id;

  @Column(nullable = false, length = 120)
  String title;

  @Column(nullable = false)
  LocalDateTime startsAt;

  LocalDateTime endsAt;
}
