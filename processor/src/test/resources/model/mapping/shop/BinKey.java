package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class BinKey implements Serializable {
  String aisle;
  @Column(name = "slot_no") int slot;
}
