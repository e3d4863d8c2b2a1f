package tua;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Issue 10 §1, as seen in real applications: Bean Validation's type-use constraints used to drop
 * the column (a MappingError on name), then the unique constraint naming it failed and the FK it
 * covers was reported uncovered; @Min on a primitive was an InternalError. Now: no diagnostic.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "product_owner_name_key",
    columnNames = {"owner_id", "name"}))
public class Product {
  @Id @GeneratedValue Long id;

  @NotBlank @Size(max = 80) String name;

  @Min(1) int quantity;

  @ManyToOne(optional = false)
  @CoveredByUnique("product_owner_name_key")
  Customer owner;
}
