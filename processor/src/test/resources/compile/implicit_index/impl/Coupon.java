package impl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Suppressed on the class. */
@Entity
@SuppressWarnings("fkguard:ImplicitIndex")
@Table(indexes = @Index(columnList = "valid_until"))
public class Coupon {
  @Id Long id;
  java.time.LocalDate validUntil;
  @Column(unique = true) String code;
}
