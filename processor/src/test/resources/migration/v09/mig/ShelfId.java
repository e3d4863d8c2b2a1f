package mig;

import java.io.Serializable;

/** v08: the composite key of Shelf. */
public class ShelfId implements Serializable {
  String warehouse;
  String code;
}
