package dup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id Long id;
}
