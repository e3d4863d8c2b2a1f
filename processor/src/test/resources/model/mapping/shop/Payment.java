package shop;

import jakarta.persistence.*;

/** JOINED: card_payment's primary key references payment's. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {
  @Id @GeneratedValue Long id;
  long amountCents;
}
