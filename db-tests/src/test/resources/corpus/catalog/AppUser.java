package corpus.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/** "user" is reserved in PostgreSQL: app_user. IDENTITY id, an enum STRING, a basic Set. */
@Entity
@Table(name = "app_user",
    uniqueConstraints = @UniqueConstraint(name = "app_user_email_key", columnNames = "email"),
    indexes = @Index(name = "app_user_last_login_at_idx", columnList = "last_login_at"))
public class AppUser {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "email", nullable = false, length = 320)
  String email;

  @Column(name = "display_name", nullable = false, length = 120)
  String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  UserStatus status;

  @Column(name = "email_verified", nullable = false)
  boolean emailVerified;

  @Column(name = "birth_date")
  LocalDate birthDate;

  @Column(name = "last_login_at")
  OffsetDateTime lastLoginAt;

  /** A Set of an enum: the collection table's primary key (app_user_id, role) covers its FK. */
  @ElementCollection
  @Enumerated(EnumType.STRING)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "app_user_id"))
  @Column(name = "role", nullable = false, length = 16)
  Set<Role> roles = new HashSet<>();

  @OneToOne(mappedBy = "user")
  UserProfile profile;
}
