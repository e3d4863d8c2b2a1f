package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The child of an ordered unidirectional @OneToMany: the FK and the order column land here. */
@Entity
@Table(indexes = @Index(name = "track_playlist_id_idx", columnList = "playlist_id"))
public class Track {
  @Id Long id;
  String title;
}
