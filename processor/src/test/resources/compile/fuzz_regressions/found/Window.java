package found;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Reserved words as implicit names used to give create table window (...), a syntax error. */
@Entity
// EXPECT: MappingError: table window is a reserved word in PostgreSQL
public class Window {
  @Id Long id;

  // EXPECT: MappingError: column window.order is a reserved word
  String order;

  @Column(name = "position")
  String notReserved;
}
