package corpus.catalog;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;

/** Property access: the mapping and the decision sit on the getters. */
@Entity
@Access(AccessType.PROPERTY)
@Table(name = "coupon", indexes = @Index(name = "coupon_valid_until_idx", columnList = "valid_until"))
public class Coupon {
  private String code;
  private Promotion promotion;
  private int maxRedemptions;
  private LocalDate validUntil;

  @Id
  @Column(name = "code", length = 32)
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "promotion_id")
  @IndexedBy("coupon_promotion_idx")
  public Promotion getPromotion() { return promotion; }
  public void setPromotion(Promotion promotion) { this.promotion = promotion; }

  @Column(name = "max_redemptions", nullable = false)
  public int getMaxRedemptions() { return maxRedemptions; }
  public void setMaxRedemptions(int maxRedemptions) { this.maxRedemptions = maxRedemptions; }

  @Column(name = "valid_until")
  public LocalDate getValidUntil() { return validUntil; }
  public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }

  @Transient
  public boolean isExpired() { return validUntil != null && validUntil.isBefore(LocalDate.now()); }
}
