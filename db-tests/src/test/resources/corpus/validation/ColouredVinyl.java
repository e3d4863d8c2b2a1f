package corpus.validation;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Entity
public class ColouredVinyl extends Vinyl {
  @NotBlank
  @Size(max = 20)
  String colour;
}
