package nicfk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Post {
  @Id Long id;
}
