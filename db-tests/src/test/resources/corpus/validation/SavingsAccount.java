package corpus.validation;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;

@Entity
public class SavingsAccount extends Account {
  @NotNull
  @Max(20)
  Integer ratePercent;
}
