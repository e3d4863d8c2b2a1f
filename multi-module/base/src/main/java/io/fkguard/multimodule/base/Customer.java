package io.fkguard.multimodule.base;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Referenced by the orders module's PurchaseOrder: its table must exist where that FK is created. */
@Entity
public class Customer {
  @Id Long id;

  @Column(nullable = false, length = 200)
  String email;

  @ManyToOne
  @NotIndexed(reason = "employees leave rarely; reassigning customers is a batch job")
  Employee accountManager;
}
