package found;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
// EXPECT: MappingError: are both mapped to table shared
@Table(name = "shared")
public class SharedTableB {
  @Id
  @Column(length = 20)
  String id;
}
