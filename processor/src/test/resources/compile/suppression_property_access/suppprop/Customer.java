package suppprop;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * Property access: the mapping, the decisions and the suppression sit on the getters, so the
 * diagnostics belong there too, not on the private fields of the same name.
 */
@Entity
@Access(AccessType.PROPERTY)
public class Customer {
  private Long id;
  private AppUser accountManager;
  private AppUser referrer;
  private AppUser partner;

  @Id
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }

  @SuppressWarnings("fkguard:ForeignKeyWithoutIndexDecision")
  @ManyToOne
  public AppUser getAccountManager() { return accountManager; }
  public void setAccountManager(AppUser accountManager) { this.accountManager = accountManager; }

  @ManyToOne
  // EXPECT: ForeignKeyWithoutIndexDecision: Foreign key customer (referrer_id) -> app_user on Customer.referrer
  public AppUser getReferrer() { return referrer; }
  public void setReferrer(AppUser referrer) { this.referrer = referrer; }

  @ManyToOne
  // EXPECT: NullableForeignKeyFullIndex: @IndexedBy("customer_partner_idx") on Customer.partner
  @IndexedBy("customer_partner_idx")
  public AppUser getPartner() { return partner; }
  public void setPartner(AppUser partner) { this.partner = partner; }
}
