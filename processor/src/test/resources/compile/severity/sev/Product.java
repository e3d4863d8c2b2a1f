package sev;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Only a warning-level finding: compiles unless the option raises it to an error. */
@Entity
public class Product {
  @Id Long id;

  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("product_last_edited_by_idx") on Product.lastEditedBy gives the nullable foreign key product (last_edited_by_id) -> app_user a full index
  @IndexedBy("product_last_edited_by_idx")
  AppUser lastEditedBy;

  @ManyToOne(optional = false)
  @NotIndexed(reason = "users are never deleted")
  AppUser createdBy;
}
