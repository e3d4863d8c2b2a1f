package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A natural String key. */
@Entity
@Table(name = "country")
public class Country {
  @Id
  @Column(name = "code", length = 2)
  String code;

  @Column(nullable = false, length = 100)
  String name;
}
