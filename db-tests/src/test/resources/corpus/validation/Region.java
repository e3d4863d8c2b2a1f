package corpus.validation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A String key whose length only Bean Validation gives: the FKs that reference it copy it or not. */
@Entity
public class Region {
  @Id
  @Size(max = 8)
  String code;

  @NotBlank
  @Size(max = 60)
  String name;
}
