package mig;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Account {
  @Id Long id;
  @Column(length = 500) String name;
  @ColumnDefault("false") @Column(nullable = false) boolean verified;
}
