package supp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An enclosing class suppressing another rule does not hide this one. */
@SuppressWarnings("fkguard:ImplicitIndex")
public class Store {
  @Entity
  public static class Counter {
    @Id Long id;

    @ManyToOne
    // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key counter (cashier_id) -> app_user on Counter.cashier
    AppUser cashier;
  }
}
