package shop.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Category extends Audited {
  @Id Long id;

  String name;

  // SOURCE-retained: an incremental build that compiles another file must still honour it.
  @ManyToOne
  @IndexedBy("category_parent_idx")
  @SuppressWarnings("fkguard:NullableForeignKeyFullIndex")
  Category parent;
}
