package tu;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tu.jspecify.Nullable;

@Embeddable
public class Address {
  @NotBlank @Size(max = 80) String street;
  @Nullable String city;
  @jakarta.validation.constraints.Min(0) int floor;
}
