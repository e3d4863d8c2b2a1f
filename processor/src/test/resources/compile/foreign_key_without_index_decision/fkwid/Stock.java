package fkwid;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Composite foreign keys: columns in the referenced key's order, (bin, shelf_id). */
@Entity
@Table(indexes = @Index(name = "stock_shelf_no_bin_idx", columnList = "shelf_no, shelf_bin"))
public class Stock {
  @Id Long id;

  // The index on (shelf_no, shelf_bin) has the key's columns in the wrong order: not covered.
  @ManyToOne(optional = false)
  @JoinColumns({
      @JoinColumn(name = "shelf_no", referencedColumnName = "shelf_id"),
      @JoinColumn(name = "shelf_bin", referencedColumnName = "bin")})
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key stock (shelf_bin, shelf_no) -> shelf on Stock.shelf has no index decision: it is not covered by any index (no full index of stock starts with (shelf_bin, shelf_no)), so each delete from shelf scans stock. Write @IndexedBy("stock_shelf_bin_shelf_no_idx")
  Shelf shelf;

  @ManyToOne(optional = false)
  @JoinColumns({
      @JoinColumn(name = "spare_bin", referencedColumnName = "bin"),
      @JoinColumn(name = "spare_no", referencedColumnName = "shelf_id")})
  @IndexedBy("stock_spare_shelf_idx")
  Shelf spareShelf;
}
