package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Owned<AppUser>, and a @ManyToMany bag (List, no primary key): both FKs need an @Index. */
@Entity
@Table(name = "wishlist")
public class Wishlist extends Owned<AppUser> {
  @Id
  @GeneratedValue
  Long id;

  @Column(nullable = false, length = 80)
  String name;

  @ManyToMany
  @JoinTable(name = "wishlist_product",
      joinColumns = @JoinColumn(name = "wishlist_id"),
      inverseJoinColumns = @JoinColumn(name = "product_id"),
      indexes = {
          @Index(name = "wishlist_product_wishlist_id_idx", columnList = "wishlist_id"),
          @Index(name = "wishlist_product_product_id_idx", columnList = "product_id")})
  List<Product> products = new ArrayList<>();
}
