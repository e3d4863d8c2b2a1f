package shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends Owned<Customer> {
  enum Status { NEW, PAID, SHIPPED }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;

  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Status status;
  Status previousStatus;

  @Column(precision = 12, scale = 2) BigDecimal total;

  @ManyToMany Set<Tag> tags = new HashSet<>();

  @ManyToMany
  @JoinTable(name = "purchase_order_coupon",
      joinColumns = @JoinColumn(name = "order_id"),
      inverseJoinColumns = @JoinColumn(name = "coupon_code"),
      indexes = @Index(name = "purchase_order_coupon_order_id_idx", columnList = "order_id"))
  List<Coupon> coupons = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "order_id")
  List<OrderLine> lines = new ArrayList<>();
}
