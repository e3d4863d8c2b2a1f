package supp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** On an enclosing class: its nested entities. */
@SuppressWarnings("fkguard:all")
public class Catalog {
  @Entity
  public static class Shelf {
    @Id Long id;

    @ManyToOne
    AppUser keeper;
  }

  @Entity
  public static class Aisle {
    @Id Long id;

    @ManyToOne
    Shelf firstShelf;
  }
}
