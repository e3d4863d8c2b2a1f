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
import java.util.UUID;

/** GenerationType.UUID id; one vote per (review, voter). */
@Entity
@Table(name = "review_vote", uniqueConstraints = @UniqueConstraint(name = "review_vote_review_voter_key",
    columnNames = {"review_id", "voter_id"}))
public class ReviewVote {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  UUID id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id")
  @CoveredByUnique("review_vote_review_voter_key")
  Review review;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "voter_id")
  @IndexedBy("review_vote_voter_idx")
  AppUser voter;

  @Column(name = "helpful", nullable = false)
  boolean helpful;
}
