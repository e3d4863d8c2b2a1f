package corpus.catalog;

import io.fkguard.annotations.CoveredByUnique;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-referencing tree: the nullable parent FK is covered by the unique constraint
 * (parent_id, slug). Default @GeneratedValue (a sequence category_seq). An indexed List
 * @ManyToMany (@OrderColumn): its primary key (category_id, display_order) covers category_id.
 */
@Entity
@Table(name = "category",
    uniqueConstraints = @UniqueConstraint(name = "category_parent_slug_key",
        columnNames = {"parent_id", "slug"}))
public class Category {
  @Id
  @GeneratedValue
  Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  @CoveredByUnique("category_parent_slug_key")
  Category parent;

  @Column(name = "slug", nullable = false, length = 80)
  String slug;

  @Column(name = "name", nullable = false, length = 120)
  String name;

  @ManyToMany
  @OrderColumn(name = "display_order")
  @JoinTable(name = "category_featured_product",
      joinColumns = @JoinColumn(name = "category_id"),
      inverseJoinColumns = @JoinColumn(name = "product_id"),
      indexes = @Index(name = "category_featured_product_product_id_idx", columnList = "product_id"))
  List<Product> featuredProducts = new ArrayList<>();
}
