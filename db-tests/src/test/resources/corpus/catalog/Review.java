package corpus.catalog;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One review per (product, author): the unique constraint covers product_id. */
@Entity
@Table(name = "review", uniqueConstraints = @UniqueConstraint(name = "review_product_author_key",
    columnNames = {"product_id", "author_id"}))
public class Review {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id")
  @CoveredByUnique("review_product_author_key")
  Product product;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  @OnDelete(action = OnDeleteAction.CASCADE)
  @IndexedBy(value = "review_author_idx", reason = "deleting an account deletes its reviews")
  AppUser author;

  @Column(nullable = false)
  short rating;

  @Column(length = 150)
  String title;

  @Column(columnDefinition = "text")
  String body;

  @Column(nullable = false)
  Instant postedAt;
}
