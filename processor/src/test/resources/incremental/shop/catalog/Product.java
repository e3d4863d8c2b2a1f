package shop.catalog;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "product_category_sku_key",
    columnNames = {"category_id", "sku"}))
public class Product extends Audited {
  @Id Long id;

  @ManyToOne(optional = false)
  @CoveredByUnique("product_category_sku_key")
  Category category;

  String sku;
}
