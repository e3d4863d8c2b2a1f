package shop.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Reaches nothing and nothing reaches it: only the entity list keeps it in an incremental build. */
@Entity
public class Coupon {
  @Id String code;

  int percent;
}
