package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
  @Id short id;
  String isoCode;
}
