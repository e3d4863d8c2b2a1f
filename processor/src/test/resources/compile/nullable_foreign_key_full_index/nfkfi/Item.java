package nfkfi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** SINGLE_TABLE root. */
@Entity
public class Item {
  @Id Long id;
}
