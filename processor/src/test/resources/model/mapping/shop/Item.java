package shop;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.*;

/** SINGLE_TABLE root with a discriminator; subclasses below. */
@Entity
@Inheritance
@Table(uniqueConstraints = @UniqueConstraint(name = "item_sku_key", columnNames = "sku"))
public class Item {
  @Id Long id;
  @Column(nullable = false) String sku;
}
