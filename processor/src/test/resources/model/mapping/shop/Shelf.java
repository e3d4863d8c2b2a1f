package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** @IdClass: Hibernate orders the key by attribute name, so (shelfId, bin) becomes (bin, shelf_id). */
@Entity
@IdClass(Shelf.Key.class)
public class Shelf {
  @Id Long shelfId;
  @Id String bin;
  int capacity;

  public static class Key implements Serializable {
    Long shelfId;
    String bin;
  }
}
