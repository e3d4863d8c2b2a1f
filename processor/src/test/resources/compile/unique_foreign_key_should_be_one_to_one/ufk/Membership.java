package ufk;

import io.fkguard.annotations.NotIndexed;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** @JoinColumn(unique = true) and a @ManyToOne that is the primary key. */
@Entity
public class Membership {
  @Id
  @ManyToOne
  // EXPECT: UniqueForeignKeyShouldBeOneToOne: Membership.member is a @ManyToOne, but primary key membership_pkey makes membership (member_id) unique, so each app_user row is referenced at most once. Replace @ManyToOne with @OneToOne @MapsId on Membership.member
  AppUser member;

  @ManyToOne
  @JoinColumn(name = "sponsor_id", unique = true)
  @NotIndexed(reason = "served by the unique key")
  // EXPECT: UniqueForeignKeyShouldBeOneToOne: Membership.sponsor is a @ManyToOne, but the unnamed unique constraint on (sponsor_id) makes membership (sponsor_id) unique
  AppUser sponsor;
}
