package tu;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import tu.lombok.NonNull;

@Embeddable
public class LineId implements Serializable {
  @NonNull @NotNull Long order;
  @jakarta.validation.constraints.Positive int position;
}
