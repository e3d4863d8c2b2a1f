package shop;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.*;

@Entity
public class Book extends Item {
  @Column(nullable = false) String isbn;

  @ManyToOne(optional = false)
  @IndexedBy("item_publisher_idx")
  Customer publisher;

  /** In a SINGLE_TABLE subclass an embeddable's columns get no per-subclass NOT NULL check. */
  @Embedded Dimensions format;
}
