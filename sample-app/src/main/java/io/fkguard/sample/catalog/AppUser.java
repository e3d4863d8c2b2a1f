package io.fkguard.sample.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The seed's {@code User}. {@code user} is a reserved word in PostgreSQL, hence {@code app_user}. */
@Entity
@Table(name = "app_user",
    uniqueConstraints = @UniqueConstraint(name = "app_user_username_key", columnNames = "username"))
public class AppUser {
  @Id @GeneratedValue Long id;

  @Column(nullable = false, length = 150)
  String username;

  boolean superuser;

  protected AppUser() {}

  public AppUser(String username, boolean superuser) {
    this.username = username;
    this.superuser = superuser;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public boolean isSuperuser() {
    return superuser;
  }
}
