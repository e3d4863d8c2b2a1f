package refuse;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
@IdClass(ShelfKey.class)
public class Shelf {
  @Id Long aisle;
  @Id Long slot;

  // The columns of one collection must agree on insertable and updatable.
  @OneToMany
  @JoinColumns({
      @JoinColumn(name = "shelf_aisle", referencedColumnName = "aisle", insertable = false),
      @JoinColumn(name = "shelf_slot", referencedColumnName = "slot")})
  // EXPECT: MappingError: the join columns of Shelf.boxes mix insertable = false (shelf_aisle) with insertable = true (shelf_slot): Hibernate 7 refuses to start
  List<Box> boxes;
}
