package ufk;

import io.fkguard.annotations.CoveredByUnique;
import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = {
    @UniqueConstraint(name = "profile_user_uk", columnNames = "user_id"),
    @UniqueConstraint(name = "profile_editor_sort_uk", columnNames = {"editor_id", "sort_order"})})
public class Profile {
  @Id Long id;
  int sortOrder;

  @ManyToOne(optional = false)
  @CoveredByUnique("profile_user_uk")
  // EXPECT: UniqueForeignKeyShouldBeOneToOne: Profile.user is a @ManyToOne, but unique constraint profile_user_uk makes profile (user_id) unique, so each app_user row is referenced at most once. Replace @ManyToOne with @OneToOne on Profile.user; unique constraint profile_user_uk keeps enforcing it.
  AppUser user;

  // Good: a constraint over more columns does not make the key unique.
  @ManyToOne(optional = false)
  @CoveredByUnique("profile_editor_sort_uk")
  AppUser editor;

  // Suppressed.
  @SuppressWarnings("fkguard:UniqueForeignKeyShouldBeOneToOne")
  @ManyToOne
  @jakarta.persistence.JoinColumn(unique = true)
  @NotIndexed(reason = "covered by the unique key")
  AppUser avatarOwner;
}
