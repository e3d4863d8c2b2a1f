package supp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** On the class: every attribute of it. */
@Entity
@SuppressWarnings("fkguard:ForeignKeyWithoutIndexDecision")
public class Invoice extends Audited {
  @Id Long id;

  @ManyToOne
  AppUser customer;
}
