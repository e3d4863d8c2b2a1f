package nfkfi;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** optional = false, but in the shared SINGLE_TABLE the column is NULL for every non-book row. */
@Entity
public class Book extends Item {
  @ManyToOne(optional = false)
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("item_publisher_idx") on Book.publisher gives the nullable foreign key item (publisher_id) -> app_user a full index
  @IndexedBy("item_publisher_idx")
  AppUser publisher;
}
