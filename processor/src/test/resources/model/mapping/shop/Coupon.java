package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Coupon {
  @Id String code;
}
