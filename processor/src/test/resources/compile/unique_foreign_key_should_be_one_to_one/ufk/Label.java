package ufk;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A composite key whose unique constraint lists the columns in another order is still unique. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "label_shelf_uk", columnNames = {"shelf_no", "shelf_bin"}))
public class Label {
  @Id Long id;

  @ManyToOne(optional = false)
  @JoinColumns({
      @JoinColumn(name = "shelf_bin", referencedColumnName = "bin"),
      @JoinColumn(name = "shelf_no", referencedColumnName = "shelf_id")})
  @CoveredByUnique("label_shelf_uk")
  // EXPECT: UniqueForeignKeyShouldBeOneToOne: Label.shelf is a @ManyToOne, but unique constraint label_shelf_uk makes label (shelf_bin, shelf_no) unique
  Shelf shelf;
}
