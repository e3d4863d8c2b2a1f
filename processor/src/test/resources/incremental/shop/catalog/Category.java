package shop.catalog;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Category extends Audited {
  @Id Long id;

  String name;

  @ManyToOne
  @PartialIndex(name = "category_parent_idx")
  Category parent;
}
