package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Tag {
  @Id Long id;
  String label;
  @ManyToMany(mappedBy = "tags") Set<PurchaseOrder> orders;
}
