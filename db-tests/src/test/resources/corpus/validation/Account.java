package corpus.validation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** TABLE_PER_CLASS: each concrete class's table repeats the root's columns, constraints too. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Account {
  @Id
  Long id;

  @NotNull
  @Size(max = 34)
  String iban;

  @Min(0)
  Long balance;
}
