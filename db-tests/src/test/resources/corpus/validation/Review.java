package corpus.validation;

import io.fkguard.annotations.IndexedBy;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/** Property access: the constraints sit on the getters. */
@Entity
@Access(AccessType.PROPERTY)
public class Review {
  private Long id;
  private String body;
  private int stars;
  private Item item;
  private Set<String> tags = new HashSet<>();
  private Set<Review> replies = new HashSet<>();

  @Id
  @GeneratedValue
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @NotNull
  @Size(max = 2000)
  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  @Min(1)
  @Max(5)
  public int getStars() {
    return stars;
  }

  public void setStars(int stars) {
    this.stars = stars;
  }

  @NotNull
  @ManyToOne
  @IndexedBy("review_item_idx")
  public Item getItem() {
    return item;
  }

  public void setItem(Item item) {
    this.item = item;
  }

  /** A collection: not null and sizes say nothing about columns. */
  @NotEmpty
  @Size(max = 5)
  @ElementCollection
  @CollectionTable(name = "review_tag", joinColumns = @JoinColumn(name = "review_id"),
      uniqueConstraints = @UniqueConstraint(name = "review_tag_key", columnNames = {"review_id", "tags"}))
  public Set<@Size(max = 20) String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  @NotEmpty
  @OneToMany
  @JoinTable(name = "review_reply", joinColumns = @JoinColumn(name = "review_id"),
      inverseJoinColumns = @JoinColumn(name = "reply_id"),
      indexes = @Index(name = "review_reply_review_idx", columnList = "review_id"))
  public Set<Review> getReplies() {
    return replies;
  }

  public void setReplies(Set<Review> replies) {
    this.replies = replies;
  }
}
