package shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinTable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wildcard collection types, the shape Kotlin's {@code var tags: Set<Tag>} has in an open class
 * seen through kapt: Hibernate maps {@code ? extends Tag} as {@code Tag}.
 */
@Entity
public class Playlist {
  @Id Long id;

  @ManyToMany
  @JoinTable(name = "playlist_tag",
      indexes = @Index(name = "playlist_tag_tags_id_idx", columnList = "tags_id"))
  Set<? extends Tag> tags;

  @ElementCollection
  @CollectionTable(name = "playlist_word",
      indexes = @Index(name = "playlist_word_playlist_id_idx", columnList = "playlist_id"))
  List<? extends String> words;

  /** The order column lands in the child table, nullable, with Hibernate's check. */
  @OneToMany
  @JoinColumn(name = "playlist_id")
  @OrderColumn
  List<Track> tracks;

  /**
   * A unidirectional @OneToMany Set without @JoinColumn: a join table whose primary key is the
   * child column alone (each follower belongs to one playlist), as Hibernate exports it.
   */
  @OneToMany
  @JoinTable(indexes = @Index(name = "playlist_followers_playlist_id_idx", columnList = "playlist_id"))
  Set<Customer> followers;

  /** A Map keyed by a basic type: the key column (labels_KEY) joins the primary key. */
  @ElementCollection
  Map<String, String> labels;

  /** An enum-keyed Map, its key column named and stored as a string. */
  @ElementCollection
  @CollectionTable(name = "playlist_plays")
  @MapKeyColumn(name = "status", length = 20)
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "play_count")
  Map<PurchaseOrder.Status, Integer> playsByStatus;
}
