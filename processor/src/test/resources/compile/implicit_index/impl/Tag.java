package impl;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id Long id;
}
