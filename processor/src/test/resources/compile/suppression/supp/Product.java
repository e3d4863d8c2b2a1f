package supp;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;

@Entity
public class Product {
  @Id Long id;

  // On the attribute, by rule id.
  @SuppressWarnings("fkguard:ForeignKeyWithoutIndexDecision")
  @ManyToOne
  AppUser createdBy;

  // On the attribute, every rule; next to a javac key.
  @SuppressWarnings({"unchecked", "fkguard:all"})
  @ManyToOne
  AppUser lastEditedBy;

  // Another rule's id does not suppress this one.
  @SuppressWarnings("fkguard:NullableForeignKeyFullIndex")
  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key product (reviewed_by_id) -> app_user on Product.reviewedBy has no index decision
  AppUser reviewedBy;

  // A javac key alone does not suppress either.
  @SuppressWarnings("all")
  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("product_approved_by_idx") on Product.approvedBy
  @IndexedBy("product_approved_by_idx")
  AppUser approvedBy;

  // The warning suppressed where the column is mostly filled.
  @SuppressWarnings("fkguard:NullableForeignKeyFullIndex")
  @ManyToOne
  @IndexedBy("product_archived_by_idx")
  AppUser archivedBy;

  // A foreign key without a decision attribute: suppressed on the collection attribute.
  @SuppressWarnings("fkguard:ForeignKeyWithoutIndexDecision")
  @ElementCollection
  List<String> aliases;
}
