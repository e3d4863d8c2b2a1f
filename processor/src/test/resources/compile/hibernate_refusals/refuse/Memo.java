package refuse;

import jakarta.persistence.Entity;

/** A second entity on the same mapped superclass: its problems are still reported once. */
@Entity
public class Memo extends Audited {
  String text;
}
