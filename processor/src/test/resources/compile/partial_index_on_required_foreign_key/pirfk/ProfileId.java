package pirfk;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class ProfileId implements Serializable {
  Long user;
  String kind;
}
