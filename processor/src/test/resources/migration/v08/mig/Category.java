package mig;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** v07: a new unique constraint on the existing category table. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "category_name_uk", columnNames = "name"))
public class Category {
  @Id @GeneratedValue Long id;
  String name;
}
