package idm;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class StockId implements Serializable {
  Long product;
  String warehouse;
}
