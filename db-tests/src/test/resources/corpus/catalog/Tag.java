package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.HashSet;
import java.util.Set;

/** The inverse (mappedBy) side of Product.tags. */
@Entity
@Table(name = "tag", uniqueConstraints = @UniqueConstraint(name = "tag_label_key", columnNames = "label"))
public class Tag {
  @Id
  @GeneratedValue
  Long id;

  @Column(name = "label", nullable = false, length = 50)
  String label;

  @ManyToMany(mappedBy = "tags")
  Set<Product> products = new HashSet<>();
}
