package corpus.validation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {
  @NotNull
  String street;

  @Size(max = 10)
  String zip;

  @NotNull
  @Size(max = 40)
  String city;
}
