package mig;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** v08: a new table with a composite primary key. */
@Entity
@IdClass(ShelfId.class)
public class Shelf {
  @Id String warehouse;
  @Id String code;
  int capacity;
}
