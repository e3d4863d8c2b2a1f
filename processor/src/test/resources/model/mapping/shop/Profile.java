package shop;

import jakarta.persistence.*;

/** @OneToOne with @MapsId: the FK is the primary key. */
@Entity
public class Profile {
  @Id Long id;

  @OneToOne
  @MapsId
  Customer customer;

  @Lob byte[] avatar;
}
