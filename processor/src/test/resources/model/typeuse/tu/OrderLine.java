package tu;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.validation.constraints.Min;
import tu.lombok.NonNull;

@Entity
public class OrderLine {
  @EmbeddedId @NonNull LineId id;

  @MapsId("order")
  @ManyToOne
  @NotIndexed(reason = "leads the primary key")
  @NonNull PurchaseOrder order;

  @Min(1) short amount;
}
