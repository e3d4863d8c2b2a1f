package shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "account_email_key", columnNames = "email"))
public class Account {
  @Id Long id;

  @Column(nullable = false, length = 120)
  String email;
}
