package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Good: JOINED subclasses reference the root through their primary key, which covers it. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {
  @Id Long id;
  long amountCents;
}
