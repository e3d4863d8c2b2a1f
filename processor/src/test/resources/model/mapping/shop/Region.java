package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Region {
  @Id String code;
  String name;
}
