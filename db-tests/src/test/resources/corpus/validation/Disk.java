package corpus.validation;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
public class Disk extends Item {
  @NotBlank
  String label;

  @Size(max = 12)
  String sku;

  @Min(1)
  Integer tracks;

  @NotNull
  @ManyToOne
  @NotIndexed(reason = "artists are never deleted")
  Member artist;
}
