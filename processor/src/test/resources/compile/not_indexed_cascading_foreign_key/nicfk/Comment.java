package nicfk;

import io.fkguard.annotations.IndexedBy;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Comment {
  @Id Long id;

  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  // EXPECT: NotIndexedCascadingForeignKey: Foreign key comment (post_id) -> post on Comment.post is @NotIndexed, but its ON DELETE CASCADE makes every delete from post find and write the referencing rows of comment
  @NotIndexed(reason = "a small table")
  Post post;

  // Good: RESTRICT only checks that no row references the parent.
  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.RESTRICT)
  @NotIndexed(reason = "posts are archived, never deleted")
  Post quoted;

  // Good: the cascade finds its rows through the index.
  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  @IndexedBy("comment_thread_idx")
  Post thread;

  // Suppressed: the reason says why.
  @ManyToOne
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @NotIndexed(reason = "drafts are deleted once a year, in a maintenance window")
  @SuppressWarnings("fkguard:NotIndexedCascadingForeignKey")
  Post draftOf;
}
