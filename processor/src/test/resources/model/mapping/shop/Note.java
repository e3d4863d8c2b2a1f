package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** Embedded in a PROPERTY-access entity: field access must be said explicitly (JPA 2.3.3). */
@Embeddable
@Access(AccessType.FIELD)
public class Note {
  @Column(nullable = false) String author;
  @Lob String body;
}
