package piufd;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Soft-deleted comments: the live-rows index cannot serve the delete check on post. */
@Entity
public class Comment {
  @Id Long id;
  Instant deletedAt;

  @ManyToOne
  // EXPECT: PartialIndexUnusableForDelete: @PartialIndex(name = "comment_post_live_idx") on Comment.post creates an index WHERE deleted_at is null, but the check PostgreSQL runs on every delete from post (select 1 from comment where post_id = $1) implies only post_id IS NOT NULL
  @PartialIndex(name = "comment_post_live_idx", where = "deleted_at is null")
  Post post;

  // Good: the default predicate, which the delete check implies.
  @ManyToOne
  @PartialIndex(name = "comment_reply_to_idx")
  Post replyTo;

  // Good: the same predicate written out.
  @ManyToOne
  @PartialIndex(name = "comment_pinned_in_idx", where = "(PINNED_IN_ID is not null)")
  Post pinnedIn;

  // Good: a full index for the key.
  @ManyToOne
  @IndexedBy("comment_moved_from_idx")
  Post movedFrom;
}
