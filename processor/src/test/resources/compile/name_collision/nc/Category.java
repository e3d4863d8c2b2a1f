package nc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = {
    // Named like another table's primary key: this one is renamed, the primary key follows its table.
    // EXPECT: NameCollision: "product_pkey" (index of table category) has the same name as "product_pkey" (primary-key index of table product)
    @Index(name = "product_pkey", columnList = "code")})
public class Category {
  @Id Long id;
  String name;
  String code;
}
