package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Owned<AppUser>: owner_id -> app_user(id), indexed as saved_search_owner_idx. */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends Owned<AppUser> {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "search_query", nullable = false, length = 1000)
  String searchQuery;

  @Column(name = "notify", nullable = false)
  boolean notify;

  LocalDateTime lastRunAt;
}
