package tu;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import tu.checker.NonNull;

@Entity
public class Tag {
  @Id @GeneratedValue @NonNull Long id;
  @NotBlank String label;
}
