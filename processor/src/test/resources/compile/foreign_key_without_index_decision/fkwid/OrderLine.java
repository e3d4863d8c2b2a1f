package fkwid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "order_line_order_id_idx", columnList = "order_id"))
public class OrderLine {
  @Id Long id;
  int quantity;
}
