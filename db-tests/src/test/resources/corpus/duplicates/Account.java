package corpus.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * DELIBERATE: an exact duplicate. The @Index account_email_idx repeats the columns (email) of
 * the named unique constraint account_email_key; the unique one stays, account_email_idx goes.
 */
@Entity
@Table(name = "account",
    uniqueConstraints = @UniqueConstraint(name = "account_email_key", columnNames = "email"),
    indexes = @Index(name = "account_email_idx", columnList = "email"))
public class Account {
  @Id
  @GeneratedValue
  Long id;

  @Column(name = "email", nullable = false, length = 320)
  String email;

  @Column(name = "display_name", length = 120)
  String displayName;
}
