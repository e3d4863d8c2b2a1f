package refuse;

import io.fkguard.annotations.NotIndexed;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(indexes = @Index(name = "box_shelf_idx", columnList = "shelf_aisle, shelf_slot"))
public class Box {
  @Id Long id;

  Instant deletedAt;

  // One column of a composite primary key is no key PostgreSQL can reference.
  @ManyToOne
  @JoinColumn(name = "home_aisle", referencedColumnName = "aisle")
  @NotIndexed(reason = "few shelves, never deleted")
  // EXPECT: MappingError: the foreign key box (home_aisle) references shelf (aisle), which is neither its primary key (aisle, slot) nor a unique key of it: PostgreSQL rejects the constraint
  Shelf home;

  // A to-one's join columns must agree too: one error per member that differs.
  @ManyToOne
  @JoinColumns({
      @JoinColumn(name = "spare_aisle", referencedColumnName = "aisle", insertable = false, updatable = false),
      @JoinColumn(name = "spare_slot", referencedColumnName = "slot")})
  @NotIndexed(reason = "spares are rare")
  // EXPECT: MappingError: the join columns of Box.spare mix insertable = false (spare_aisle) with insertable = true (spare_slot)
  // EXPECT: MappingError: the join columns of Box.spare mix updatable = false (spare_aisle) with updatable = true (spare_slot)
  Shelf spare;

  // The attribute name instead of the column name: CREATE INDEX would fail.
  @ManyToOne
  // EXPECT: MappingError: the where = "deletedAt is null" of @PartialIndex on Box.owner names deletedAt, which is no column of table box (write the column name deleted_at, not the attribute name deletedAt)
  @PartialIndex(name = "box_owner_live_idx", where = "deletedAt is null")
  Note owner;

  // Words of SQL, functions, casts and string literals are no columns.
  @ManyToOne
  @PartialIndex(name = "box_keeper_live_idx",
      where = "deleted_at IS NULL AND lower(cast(keeper_id AS text)) <> 'Deleted_At' AND deleted_at::date > current_date - interval '1 day'")
  Memo keeper;
}
