package refuse;

import jakarta.persistence.Entity;

@Entity
public class Note extends Audited {
  String text;
}
