package shop;

import jakarta.persistence.*;

/** TABLE_PER_CLASS: the abstract root has no table; every concrete class repeats its columns. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Vehicle {
  @Id Long id;
  String plate;
}
