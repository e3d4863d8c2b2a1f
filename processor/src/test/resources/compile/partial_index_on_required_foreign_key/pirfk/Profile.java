package pirfk;

import io.fkguard.annotations.PartialIndex;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** A @MapsId key is part of the primary key: never NULL. */
@Entity
public class Profile {
  @EmbeddedId ProfileId id;

  @MapsId("user")
  @ManyToOne
  // EXPECT: PartialIndexOnRequiredForeignKey: foreign key profile (user_id) -> app_user is NOT NULL
  @PartialIndex(name = "profile_user_idx")
  AppUser user;
}
