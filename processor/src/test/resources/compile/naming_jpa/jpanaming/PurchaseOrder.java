package jpanaming;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;

/** -Afkguard.naming=jpa: names as written (createdBy_userId), folded to lower case by PostgreSQL. */
@Entity
@Table(
    uniqueConstraints = @UniqueConstraint(
        name = "PurchaseOrder_Customer_Number_UK", columnNames = {"customer_userId", "orderNumber"}),
    indexes = @Index(name = "purchaseorder_owner_idx", columnList = "owner_userId"))
public class PurchaseOrder {
  @Id Long id;
  String orderNumber;

  @ManyToOne(optional = false)
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key purchaseorder (createdby_userid) -> appuser on PurchaseOrder.createdBy has no index decision: it is not covered by any index (no full index of purchaseorder starts with (createdby_userid)), so each delete from appuser scans purchaseorder. Write @IndexedBy("purchaseorder_createdby_userid_idx")
  AppUser createdBy;

  // Good: constraint names compare as PostgreSQL folds them.
  @ManyToOne(optional = false)
  @CoveredByUnique("purchaseorder_customer_number_uk")
  AppUser customer;

  // Good: the declared index, named in another case.
  @ManyToOne(optional = false)
  @IndexedBy("PurchaseOrder_Owner_Idx")
  AppUser owner;

  // JPA names the join table owner table + "_" + target table.
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key purchaseorder_tag (purchaseorder_id) -> purchaseorder is not covered
  // EXPECT: ForeignKeyWithoutIndexDecision: Add indexes = @Index(name = "purchaseorder_tag_tags_id_idx", columnList = "tags_id") to the @JoinTable on PurchaseOrder.tags
  @ManyToMany
  List<Tag> tags;
}
