package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The child of a unidirectional @OneToMany: the FK column order_id lands here. */
@Entity
@Table(indexes = @Index(name = "order_line_order_id_idx", columnList = "order_id"))
public class OrderLine {
  @Id Long id;
  int quantity;
}
