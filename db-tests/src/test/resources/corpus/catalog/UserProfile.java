package corpus.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * @OneToOne + @MapsId: the FK user_id IS the primary key, so the primary key's index serves it
 * and no decision is needed (fkguard's exception for keys leading the primary key).
 * Also @Lob String and @Lob byte[].
 */
@Entity
@Table(name = "user_profile")
public class UserProfile {
  @Id
  Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @MapsId
  @JoinColumn(name = "user_id")
  AppUser user;

  @Lob
  @Column(name = "biography")
  String biography;

  @Lob
  @Column(name = "avatar")
  byte[] avatar;

  @Column(length = 500)
  String websiteUrl;

  @Column(nullable = false, length = 64)
  String timeZone;
}
