package shop.order;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  String street;
  String city;
}
