package refuse;

import java.io.Serializable;

public class ShelfKey implements Serializable {
  Long aisle;
  Long slot;
}
