package corpus.validation;

import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** JOINED under the SINGLE_TABLE root's sibling: its own table, so its not null applies. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vinyl {
  @jakarta.persistence.Id
  Long id;

  @NotNull
  String pressing;
}
