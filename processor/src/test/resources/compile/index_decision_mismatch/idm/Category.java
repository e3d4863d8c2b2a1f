package idm;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Category {
  @Id Long id;
  String name;

  // The foreign key is product.category_id, owned by Product.category.
  @OneToMany(mappedBy = "category")
  // EXPECT: IndexDecisionMismatch: @IndexedBy("product_category_idx") is on the collection products (its foreign keys live in another table) of table category, which owns no foreign key
  @IndexedBy("product_category_idx")
  List<Product> products;
}
